/// The fields of a complaint by their contract names, as used in JSON keys, CSV headers,
/// `edit` flags, `--sort` and edit events.
public enum ComplaintField: String, Vocabulary {
    case id
    case ref
    case receivedAt = "received_at"
    case channel
    case category
    case product
    case severity
    case state
    case complainant
    case contact
    case description
    case desiredOutcome = "desired_outcome"
    case assignee
    case tags
    case resolution
    case upheld
    case outcome
    case rootCause = "root_cause"
    case acknowledgedAt = "acknowledged_at"
    case respondedAt = "responded_at"
    case closedAt = "closed_at"
    case dueAcknowledgeAt = "due_acknowledge_at"
    case dueResponseAt = "due_response_at"
    case overdue
    case reopened

    public static let noun = "field"

    /// Fields that `cmplt edit` may correct. Lifecycle fields change only through moves.
    public static let editable: [ComplaintField] = [
        .ref, .channel, .category, .product, .severity, .complainant, .contact,
        .description, .desiredOutcome, .assignee, .rootCause,
    ]

    /// Fields that must always have a non-empty value.
    public var isRequired: Bool { self == .channel || self == .category || self == .description }

    /// Fields holding personal data, removed by `--redact`.
    public var isPersonal: Bool { self == .complainant || self == .contact }

    /// Fields that `erase` can remove: the personal ones and, on request, the description.
    public var isErasable: Bool { isPersonal || self == .description }
}

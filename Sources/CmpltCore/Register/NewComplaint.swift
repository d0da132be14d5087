/// What `log` records: a complaint as received, before any handling.
public struct NewComplaint: Equatable, Sendable {
    public var description: String
    public var channel: String
    public var category: String
    public var receivedAt: Timestamp
    public var product: String?
    public var severity: Severity?
    public var complainant: String?
    public var contact: String?
    public var desiredOutcome: String?
    /// A unique external reference.
    public var ref: String?
    public var tags: [String]

    public init(
        description: String, channel: String, category: String, receivedAt: Timestamp,
        product: String? = nil, severity: Severity? = nil, complainant: String? = nil,
        contact: String? = nil, desiredOutcome: String? = nil, ref: String? = nil, tags: [String] = []
    ) {
        self.description = description
        self.channel = channel
        self.category = category
        self.receivedAt = receivedAt
        self.product = product
        self.severity = severity
        self.complainant = complainant
        self.contact = contact
        self.desiredOutcome = desiredOutcome
        self.ref = ref
        self.tags = tags
    }
}

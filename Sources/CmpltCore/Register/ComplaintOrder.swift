/// The order `list` prints complaints in: one field, ascending or descending, ties by id.
public struct ComplaintOrder: Equatable, Sendable {
    public var field: ComplaintField
    public var descending: Bool

    /// Fields a list can be sorted by.
    public static let sortable: [ComplaintField] = [
        .id, .ref, .receivedAt, .channel, .category, .product, .severity, .state, .assignee,
        .acknowledgedAt, .respondedAt, .closedAt, .dueAcknowledgeAt, .dueResponseAt, .reopened,
    ]

    public init(field: ComplaintField = .id, descending: Bool = false) {
        self.field = field
        self.descending = descending
    }

    /// Reads `FIELD` (ascending) or `-FIELD` (descending), e.g. `-received_at`.
    public init(parsing text: String) throws(CmpltError) {
        let descending = text.hasPrefix("-")
        let name = descending ? String(text.dropFirst()) : text
        guard let field = ComplaintField(rawValue: name), ComplaintOrder.sortable.contains(field) else {
            throw .invalidInput(
                "cannot sort by '\(name)'; expected one of: "
                    + ComplaintOrder.sortable.map(\.rawValue).joined(separator: ", ") + " (prefix '-' to reverse)")
        }
        self.init(field: field, descending: descending)
    }

    /// The `ORDER BY` terms over the complaint alias `c`.
    var sqlOrdering: String {
        let direction = descending ? " DESC" : ""
        let key: String
        switch field {
        case .id: return "c.id" + direction
        case .severity: key = Self.rank("c.severity", Severity.names)
        case .state: key = Self.rank("c.state", State.names)
        case .respondedAt: key = "c.first_responded_at"
        default: key = "c." + field.rawValue
        }
        return "\(key) IS NULL, \(key)\(direction), c.id"
    }

    private static func rank(_ column: String, _ names: [String]) -> String {
        "CASE \(column) " + names.enumerated().map { "WHEN '\($1)' THEN \($0)" }.joined(separator: " ") + " END"
    }
}

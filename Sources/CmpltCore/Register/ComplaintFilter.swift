/// Which complaints `list` and `export` select. Every criterion that is set must hold.
public struct ComplaintFilter: Equatable, Sendable {
    /// Any of these states; empty means any state.
    public var states: [State] = []
    /// Only complaints that are not closed.
    public var openOnly = false
    /// Only complaints past a due date (see ``Complaint/isOverdue(at:)``).
    public var overdueOnly = false
    /// Only the complaint with this external reference.
    public var ref: String?
    public var category: String?
    public var channel: String?
    public var severity: Severity?
    public var product: String?
    public var assignee: String?
    /// Only complaints carrying this tag.
    public var tag: String?
    /// Received at or after this instant.
    public var receivedSince: Timestamp?
    /// Received strictly before this instant.
    public var receivedBefore: Timestamp?
    /// Only complaints with (`true`) or without (`false`) a satisfaction rating.
    public var rated: Bool?
    /// Text that the description or the resolution contains, ignoring ASCII case.
    public var search: String?

    public init() {}

    /// How the query reads `complaint AS c`: open and overdue filters read the partial index of
    /// open complaints, whatever the order asked for. Left to itself, SQLite scans the whole table
    /// in id order to save a sort, which at a million complaints (a few thousand open) reads
    /// 250 MB instead of one small index; cold, that took 5 s instead of 0.16 s.
    var sqlSource: String {
        openOnly || overdueOnly ? "complaint AS c INDEXED BY complaint_open" : "complaint AS c"
    }

    /// The SQL condition over the complaint alias `c`, and the values it binds.
    func sqlCondition(now: Timestamp) -> (sql: String, values: [SQLValue]) {
        var clauses: [String] = []
        var values: [SQLValue] = []
        if !states.isEmpty {
            clauses.append("c.state IN (\(Array(repeating: "?", count: states.count).joined(separator: ", ")))")
            values += states.map { .text($0.rawValue) }
        }
        if openOnly || overdueOnly { clauses.append("c.state <> 'closed'") }
        if overdueOnly {
            clauses.append(
                """
                ((c.acknowledged_at IS NULL AND c.due_acknowledge_at < ?) \
                OR (c.first_responded_at IS NULL AND c.due_response_at < ?))
                """)
            values += [.integer(now.seconds), .integer(now.seconds)]
        }
        let equalities: [(String, String?)] = [
            ("c.ref", ref), ("c.category", category), ("c.channel", channel), ("c.severity", severity?.rawValue),
            ("c.product", product), ("c.assignee", assignee),
        ]
        for (column, value) in equalities {
            guard let value else { continue }
            clauses.append("\(column) = ?")
            values.append(.text(value))
        }
        if let tag {
            clauses.append("EXISTS (SELECT 1 FROM complaint_tag AS t WHERE t.complaint_id = c.id AND t.tag = ?)")
            values.append(.text(tag))
        }
        if let receivedSince {
            clauses.append("c.received_at >= ?")
            values.append(.integer(receivedSince.seconds))
        }
        if let receivedBefore {
            clauses.append("c.received_at < ?")
            values.append(.integer(receivedBefore.seconds))
        }
        if let rated {
            clauses.append((rated ? "" : "NOT ") + "EXISTS (SELECT 1 FROM rating AS r WHERE r.complaint_id = c.id)")
        }
        if let search {
            clauses.append(
                "(instr(lower(c.description), lower(?)) > 0 OR instr(lower(coalesce(c.resolution, '')), lower(?)) > 0)")
            values += [.text(search), .text(search)]
        }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), values)
    }
}

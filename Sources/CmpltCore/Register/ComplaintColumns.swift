/// How a ``Complaint`` maps to a `complaint` row: the column list and both directions.
enum ComplaintColumns {
    /// The columns a query selects to build a complaint, tags last (joined by U+001F).
    static let select = """
        c.id, c.ref, c.received_at, c.channel, c.category, c.product, c.severity, c.state, \
        c.complainant, c.contact, c.description, c.desired_outcome, c.assignee, c.resolution, \
        c.upheld, c.outcome, c.root_cause, c.acknowledged_at, c.first_responded_at, \
        c.last_responded_at, c.closed_at, c.due_acknowledge_at, c.due_response_at, c.reopened, \
        (SELECT group_concat(tag, char(31)) FROM complaint_tag WHERE complaint_id = c.id)
        """

    /// The separator of tags in the selected tag column.
    static let tagSeparator: Character = "\u{1F}"

    /// The complaint on the statement's current row, selected with ``select``.
    ///
    /// Without `details`, the columns that only a complaint's full record shows (ref, product,
    /// complainant, contact, desired outcome, assignee, tags and the decisions) are left out:
    /// a table of thousands of complaints skips decoding text it never prints.
    static func decode(_ row: Statement, details: Bool = true) -> Complaint {
        func timestamp(_ index: Int32) -> Timestamp? { row.integer(index).map(Timestamp.init(seconds:)) }
        func detail(_ index: Int32) -> String? { details ? row.text(index) : nil }
        return Complaint(
            id: row.integer(0) ?? 0,
            ref: detail(1),
            receivedAt: timestamp(2) ?? Timestamp(seconds: 0),
            channel: row.text(3) ?? "",
            category: row.text(4) ?? "",
            product: detail(5),
            severity: row.text(6).flatMap(Severity.init(rawValue:)),
            state: row.text(7).flatMap(State.init(rawValue:)) ?? .received,
            complainant: detail(8),
            contact: detail(9),
            description: row.text(10) ?? "",
            desiredOutcome: detail(11),
            assignee: detail(12),
            tags: detail(24).map { $0.split(separator: tagSeparator).map(String.init) } ?? [],
            resolution: detail(13),
            upheld: detail(14).flatMap(Upheld.init(rawValue:)),
            outcome: detail(15).flatMap(Outcome.init(rawValue:)),
            rootCause: detail(16),
            acknowledgedAt: timestamp(17),
            respondedAt: timestamp(18),
            lastRespondedAt: timestamp(19),
            closedAt: timestamp(20),
            dueAcknowledgeAt: timestamp(21),
            dueResponseAt: timestamp(22),
            reopened: Int(row.integer(23) ?? 0))
    }

    /// The values of every stored column but `id`, in the order of ``insert`` and ``update``.
    static func values(of complaint: Complaint) -> [SQLValue] {
        [
            .text(complaint.ref), .integer(complaint.receivedAt.seconds), .text(complaint.channel),
            .text(complaint.category), .text(complaint.product), .text(complaint.severity?.rawValue),
            .text(complaint.state.rawValue), .text(complaint.complainant), .text(complaint.contact),
            .text(complaint.description), .text(complaint.desiredOutcome), .text(complaint.assignee),
            .text(complaint.resolution), .text(complaint.upheld?.rawValue), .text(complaint.outcome?.rawValue),
            .text(complaint.rootCause), .integer(complaint.acknowledgedAt?.seconds),
            .integer(complaint.respondedAt?.seconds), .integer(complaint.lastRespondedAt?.seconds),
            .integer(complaint.closedAt?.seconds), .integer(complaint.dueAcknowledgeAt?.seconds),
            .integer(complaint.dueResponseAt?.seconds), .integer(Int64(complaint.reopened)),
        ]
    }

    private static let stored = """
        ref, received_at, channel, category, product, severity, state, complainant, contact, \
        description, desired_outcome, assignee, resolution, upheld, outcome, root_cause, \
        acknowledged_at, first_responded_at, last_responded_at, closed_at, due_acknowledge_at, \
        due_response_at, reopened
        """

    /// Inserts a complaint row from ``values(of:)``; the id is assigned by SQLite.
    static let insert =
        "INSERT INTO complaint (\(stored)) VALUES (\(Array(repeating: "?", count: 23).joined(separator: ", ")))"

    /// Rewrites a complaint row from ``values(of:)`` followed by its id.
    static let update =
        "UPDATE complaint SET (\(stored)) = (\(Array(repeating: "?", count: 23).joined(separator: ", "))) WHERE id = ?"
}

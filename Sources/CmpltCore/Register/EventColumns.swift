/// How an ``Event`` maps to an `event` row.
enum EventColumns {
    static let select =
        "id, complaint_id, at, actor, kind, from_state, to_state, note, field, old_value, new_value, old_digest, new_digest, hash"

    /// ``select`` with every column qualified by the table alias `alias`.
    static func select(as alias: String) -> String {
        select.split(separator: ",").map { "\(alias)." + $0.trimmingPrefix(" ") }.joined(separator: ", ")
    }

    /// The columns ``insert(rows:)`` writes, in the order of ``values(of:)``.
    private static let insertColumns = [
        "complaint_id", "at", "actor", "kind", "from_state", "to_state", "note", "field", "old_value", "new_value",
        "old_digest", "new_digest", "hash", "id",
    ]

    /// How many values ``values(of:)`` gives for one event.
    static var count: Int { insertColumns.count }

    /// An INSERT of `rows` events, taking ``values(of:)`` of each in turn.
    ///
    /// One statement for all the events of a walk: each statement run has a fixed cost in
    /// SQLite (binding, halting, resetting) that nine single-row inserts per imported
    /// complaint paid nine times.
    static func insert(rows: Int) -> String {
        rows < commonInserts.count ? commonInserts[rows] : makeInsert(rows: rows)
    }

    /// ``insert(rows:)`` for walks of every length the workflow has, made once.
    private static let commonInserts = (0...12).map(makeInsert)

    private static func makeInsert(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: count).joined(separator: ", ") + ")"
        return "INSERT INTO event (\(insertColumns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }

    /// The event on the statement's current row, selected with ``select``.
    static func decode(_ row: Statement) -> Event {
        var event = Event(
            id: row.integer(0) ?? 0,
            complaintID: row.integer(1) ?? 0,
            at: Timestamp(seconds: row.integer(2) ?? 0),
            actor: row.text(3) ?? "",
            kind: row.text(4).flatMap(EventKind.init(rawValue:)) ?? .note,
            from: row.text(5).flatMap(State.init(rawValue:)),
            to: row.text(6).flatMap(State.init(rawValue:)),
            note: row.text(7),
            field: row.text(8).flatMap(ComplaintField.init(rawValue:)),
            old: row.text(9),
            new: row.text(10))
        event.oldDigest = row.text(11)
        event.newDigest = row.text(12)
        event.hash = row.text(13) ?? ""
        return event
    }

    /// The values for ``insert``.
    static func values(of event: Event) -> [SQLValue] {
        [
            .integer(event.complaintID), .integer(event.at.seconds), .text(event.actor), .text(event.kind.rawValue),
            .text(event.from?.rawValue), .text(event.to?.rawValue), .text(event.note),
            .text(event.field?.rawValue), .text(event.old), .text(event.new), .text(event.oldDigest),
            .text(event.newDigest), .text(event.hash), .integer(event.id),
        ]
    }
}

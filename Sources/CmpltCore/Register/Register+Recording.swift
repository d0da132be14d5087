extension Register {
    /// Appends `event` to the history as the next link of the chain: it gets the next id, its
    /// digests and salt when it edits an erasable field, and its hash.
    func record(_ event: Event) throws {
        try record([event])
    }

    /// Appends `events` to the history in order, each the next link of the chain as for a single
    /// event, with one INSERT for them all: a walk through the workflow, and every imported
    /// history, records several events at once.
    func record(_ events: [Event]) throws {
        guard !events.isEmpty else { return }
        var head = try currentChainHead()
        var values: [SQLValue] = []
        values.reserveCapacity(events.count * EventColumns.count)
        var salts: [(event: Int64, salt: String)] = []
        for var event in events {
            event.id = head.id + 1
            if event.field?.isErasable == true {
                let fresh = EventChain.newSalt()
                event.oldDigest = EventChain.digest(of: event.old, salt: fresh)
                event.newDigest = EventChain.digest(of: event.new, salt: fresh)
                salts.append((event.id, fresh))
            }
            event.hash = EventChain.hash(of: event, after: head.hash)
            values += EventColumns.values(of: event)
            head = (event.id, event.hash)
        }
        try database.prepare(EventColumns.insert(rows: events.count)).run(values)
        for (event, salt) in salts {
            try database.prepare("INSERT INTO event_salt (event_id, salt) VALUES (?, ?)").run([
                .integer(event), .text(salt),
            ])
        }
        chainHead = head
    }

    /// The newest event's id and hash (0 and the genesis hash for an empty register).
    func currentChainHead() throws -> (id: Int64, hash: String) {
        if let chainHead { return chainHead }
        let head = try storedChainHead()
        chainHead = head
        return head
    }

    /// The newest event's id and hash as stored, inside a running transaction.
    func storedChainHead() throws -> (id: Int64, hash: String) {
        let statement = try database.prepare("SELECT id, hash FROM event ORDER BY id DESC LIMIT 1")
        try statement.bind([])
        defer { statement.reset() }
        guard try statement.step() else { return (0, EventChain.genesis) }
        return (statement.integer(0) ?? 0, statement.text(1) ?? EventChain.genesis)
    }

    /// Writes every stored column of `complaint` back to its row.
    func save(_ complaint: Complaint) throws {
        try database.prepare(ComplaintColumns.update).run(
            ComplaintColumns.values(of: complaint) + [.integer(complaint.id)])
    }

    /// Replaces the stored tags of `complaint` with its current ones.
    func saveTags(of complaint: Complaint) throws {
        try database.prepare("DELETE FROM complaint_tag WHERE complaint_id = ?").run([.integer(complaint.id)])
        try insertTags(of: complaint)
    }

    /// Stores the tags of `complaint`, which has none stored yet.
    func insertTags(of complaint: Complaint) throws {
        let insert = try database.prepare("INSERT INTO complaint_tag (complaint_id, tag) VALUES (?, ?)")
        for tag in complaint.tags { try insert.run([.integer(complaint.id), .text(tag)]) }
    }

    /// Sets `field` of `complaint` to `value` and records the edit, if the value differs.
    ///
    /// A severity change recomputes the due dates with the settings in force; a `ref` change
    /// checks that no other complaint uses the new reference.
    ///
    /// - Returns: whether the value changed.
    @discardableResult
    func change(_ field: ComplaintField, to value: String?, of complaint: inout Complaint, at: Timestamp, actor: String)
        throws -> Bool
    {
        guard let edit = try complaint.edit(field, to: value, at: at, actor: actor) else { return false }
        switch field {
        case .ref:
            if let new = edit.new { try ensureReferenceIsFree(new, for: complaint.id) }
        case .severity:
            let due = DueDateRule(try storedSettings()).dates(
                receivedAt: complaint.receivedAt, severity: complaint.severity)
            complaint.dueAcknowledgeAt = due.acknowledge
            complaint.dueResponseAt = due.response
        case .tags:
            try saveTags(of: complaint)
        default:
            break
        }
        try record(edit)
        return true
    }

    /// Checks free text such as a note or a comment: not blank, at most
    /// ``ComplaintField/maximumTextBytes``; `what` names it in messages.
    static func validatedNote(_ text: String?, what: String = "note") throws(CmpltError) -> String? {
        guard let text else { return nil }
        guard !text.allSatisfy(\.isWhitespace) else { throw .invalidInput("a \(what) must not be empty") }
        guard text.utf8.count <= ComplaintField.maximumTextBytes else {
            throw .invalidInput(
                "the \(what) is \(text.utf8.count) bytes long; at most \(ComplaintField.maximumTextBytes) are allowed")
        }
        return text
    }

    /// Refuses a reference that another complaint already carries.
    func ensureReferenceIsFree(_ ref: String, for id: Int64?) throws {
        guard let owner = try database.integer("SELECT id FROM complaint WHERE ref = ?", [.text(ref)]), owner != id
        else { return }
        throw CmpltError.refused("ref '\(ref)' is already used by complaint #\(owner)")
    }
}

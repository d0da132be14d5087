extension Register {
    /// Records a new complaint in state `received` and returns its id.
    ///
    /// Its due dates are computed with the settings in force now; its first event moves it
    /// from no state to `received` at ``NewComplaint/receivedAt``.
    ///
    /// - Throws: ``CmpltError/invalidInput(_:)`` for a blank required field,
    ///   ``CmpltError/refused(_:)`` for a `ref` another complaint uses.
    public func log(_ new: NewComplaint, actor: String) throws(CmpltError) -> Int64 {
        let complaint = try Complaint(validating: new)
        return try write {
            if let ref = complaint.ref { try ensureReferenceIsFree(ref, for: nil) }
            return try insert(complaint, dueDatesFrom: DueDateRule(storedSettings()), actor: actor).id
        }
    }

    /// Inserts `complaint` with its due dates and first event, followed by `history` (events
    /// whose complaint id is set here), inside a write transaction, and returns it as stored
    /// (with its id and due dates).
    func insert(_ complaint: Complaint, dueDatesFrom rule: DueDateRule, actor: String, history: [Event] = [])
        throws -> Complaint
    {
        var complaint = complaint
        let due = rule.dates(receivedAt: complaint.receivedAt, severity: complaint.severity)
        complaint.dueAcknowledgeAt = due.acknowledge
        complaint.dueResponseAt = due.response
        try database.prepare(ComplaintColumns.insert).run(ComplaintColumns.values(of: complaint))
        complaint.id = database.lastInsertedRowID
        try insertTags(of: complaint)
        let created = Event(
            id: 0, complaintID: complaint.id, at: complaint.receivedAt, actor: actor, kind: .create, to: .received)
        try record(
            [created]
                + history.map { event in
                    var event = event
                    event.complaintID = complaint.id
                    return event
                })
        return complaint
    }
}

extension NewComplaint {
    /// Checks every field as ``Register/log(_:actor:)`` would, without opening a register.
    public func validate() throws(CmpltError) {
        _ = try Complaint(validating: self)
    }
}

extension Complaint {
    /// A complaint in state `received` from the fields of `new`, each checked.
    init(validating new: NewComplaint) throws(CmpltError) {
        self.init(
            id: 0, ref: try ComplaintField.ref.validatedText(new.ref), receivedAt: new.receivedAt,
            channel: try ComplaintField.channel.validatedText(new.channel)!,
            category: try ComplaintField.category.validatedText(new.category)!,
            product: try ComplaintField.product.validatedText(new.product), severity: new.severity, state: .received,
            complainant: try ComplaintField.complainant.validatedText(new.complainant),
            contact: try ComplaintField.contact.validatedText(new.contact),
            description: try ComplaintField.description.validatedText(new.description)!,
            desiredOutcome: try ComplaintField.desiredOutcome.validatedText(new.desiredOutcome),
            tags: try ComplaintField.validatedTags(new.tags), reopened: 0)
    }
}

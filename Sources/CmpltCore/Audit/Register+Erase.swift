extension Register {
    /// What an erased description reads afterwards.
    public static let erasedDescription = "(erased)"

    /// Removes a complainant's personal data from complaint `id`: name and contact, and with
    /// `description` the complaint's text too. Statistics (dates, states, decisions) stay.
    ///
    /// The values go from the complaint and from every edit event that held them, and so do
    /// the salts of their digests, so the chain still verifies while the digests reveal
    /// nothing; SQLite's `secure_delete` overwrites the freed bytes. The erasure itself is an
    /// event (who, when, why, which fields), without the values.
    ///
    /// - Returns: the fields erased; empty when there was nothing left to erase.
    @discardableResult
    public func erase(_ id: Int64, description: Bool, reason: String, actor: String, now: Timestamp) throws(CmpltError)
        -> [ComplaintField]
    {
        let reason = try Register.validatedNote(reason, what: "reason")
        let fields: [ComplaintField] = [.complainant, .contact] + (description ? [.description] : [])
        let erased: [ComplaintField] = try write {
            var complaint = try loadComplaint(id)
            let names = fields.map { SQLValue.text($0.rawValue) }
            let placeholders = Array(repeating: "?", count: fields.count).joined(separator: ", ")
            let heldInEvents =
                try database.integer(
                    "SELECT count(*) FROM event WHERE complaint_id = ? AND field IN (\(placeholders)) AND (old_value IS NOT NULL OR new_value IS NOT NULL)",
                    [.integer(id)] + names) ?? 0
            let inRow = fields.filter { field in
                field == .description
                    ? complaint.description != Self.erasedDescription : complaint.text(of: field, now: now) != nil
            }
            guard heldInEvents > 0 || !inRow.isEmpty else { return [] }
            complaint.complainant = nil
            complaint.contact = nil
            if description { complaint.description = Self.erasedDescription }
            try save(complaint)
            try database.prepare(
                "DELETE FROM event_salt WHERE event_id IN (SELECT id FROM event WHERE complaint_id = ? AND field IN (\(placeholders)))"
            ).run([.integer(id)] + names)
            try database.prepare(
                "UPDATE event SET old_value = NULL, new_value = NULL WHERE complaint_id = ? AND field IN (\(placeholders))"
            ).run([.integer(id)] + names)
            try record(
                Event(
                    id: 0, complaintID: id, at: now, actor: actor, kind: .erase, note: reason,
                    new: fields.map(\.rawValue).joined(separator: ",")))
            return fields
        }
        if !erased.isEmpty {
            // Fold the WAL into the file now, so the old pages do not wait in it for the next writer.
            try? database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
        return erased
    }
}

extension Register {
    /// Corrects fields of complaint `id`: one edit event per field whose value changes, all at
    /// `now`. An empty value clears an optional field.
    ///
    /// - Parameter changes: new values by field; only ``ComplaintField/editable`` fields.
    /// - Parameter addTags: tags to add. - Parameter removeTags: tags to remove.
    /// - Returns: the fields that changed, in the order given.
    @discardableResult
    public func edit(
        _ id: Int64, changes: [(ComplaintField, String)], addTags: [String] = [], removeTags: [String] = [],
        actor: String, now: Timestamp
    ) throws(CmpltError) -> [ComplaintField] {
        for (field, _) in changes where !ComplaintField.editable.contains(field) {
            throw .invalidInput(
                "\(field.rawValue) cannot be edited; editable fields are "
                    + ComplaintField.editable.map(\.rawValue).joined(separator: ", "))
        }
        let added = try ComplaintField.validatedTags(addTags)
        let removed = try ComplaintField.validatedTags(removeTags)
        return try write {
            var complaint = try loadComplaint(id)
            var changed: [ComplaintField] = []
            for (field, value) in changes where try change(field, to: value, of: &complaint, at: now, actor: actor) {
                changed.append(field)
            }
            if !added.isEmpty || !removed.isEmpty {
                let tags =
                    complaint.tags.filter { !removed.contains($0) } + added.filter { !complaint.tags.contains($0) }
                if try change(.tags, to: tags.joined(separator: ";"), of: &complaint, at: now, actor: actor) {
                    changed.append(.tags)
                }
            }
            try save(complaint)
            return changed
        }
    }

    /// Adds a note to complaint `id`'s history; its state does not change.
    public func addNote(_ id: Int64, _ text: String, actor: String, now: Timestamp) throws(CmpltError) {
        let text = try Register.validatedNote(text)
        try write {
            _ = try loadComplaint(id)
            try record(Event(id: 0, complaintID: id, at: now, actor: actor, kind: .note, note: text))
        }
    }
}

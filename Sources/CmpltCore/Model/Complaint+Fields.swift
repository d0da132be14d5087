extension Complaint {
    /// The value of `field` as text, as CSV and edit events write it: timestamps in RFC 3339
    /// UTC, tags joined by `;`, `nil` when absent. `overdue` is judged at `now`.
    public func text(of field: ComplaintField, now: Timestamp) -> String? {
        switch field {
        case .id: String(id)
        case .ref: ref
        case .receivedAt: receivedAt.rfc3339
        case .channel: channel
        case .category: category
        case .product: product
        case .severity: severity?.rawValue
        case .state: state.rawValue
        case .complainant: complainant
        case .contact: contact
        case .description: description
        case .desiredOutcome: desiredOutcome
        case .assignee: assignee
        case .tags: tags.isEmpty ? nil : tags.joined(separator: ";")
        case .resolution: resolution
        case .upheld: upheld?.rawValue
        case .outcome: outcome?.rawValue
        case .rootCause: rootCause
        case .acknowledgedAt: acknowledgedAt?.rfc3339
        case .respondedAt: respondedAt?.rfc3339
        case .closedAt: closedAt?.rfc3339
        case .dueAcknowledgeAt: dueAcknowledgeAt?.rfc3339
        case .dueResponseAt: dueResponseAt?.rfc3339
        case .overdue: isOverdue(at: now) ? "true" : "false"
        case .reopened: String(reopened)
        }
    }

    /// Sets a field that `edit` or a move may change, from validated text (`nil` clears it).
    ///
    /// - Throws: ``CmpltError/invalidInput(_:)`` for a malformed value or a field that only
    ///   moves change.
    mutating func setText(_ value: String?, of field: ComplaintField) throws(CmpltError) {
        let value = try field.validatedText(value)
        switch field {
        case .ref: ref = value
        case .channel: channel = value ?? channel
        case .category: category = value ?? category
        case .product: product = value
        case .severity: severity = try value.map { text throws(CmpltError) in try Severity.parse(text) }
        case .complainant: complainant = value
        case .contact: contact = value
        case .description: description = value ?? description
        case .desiredOutcome: desiredOutcome = value
        case .assignee: assignee = value
        case .resolution: resolution = value
        case .upheld: upheld = try value.map { text throws(CmpltError) in try Upheld.parse(text) }
        case .outcome: outcome = try value.map { text throws(CmpltError) in try Outcome.parse(text) }
        case .rootCause: rootCause = value
        case .tags:
            tags = try ComplaintField.validatedTags(value.map { $0.split(separator: ";").map(String.init) } ?? [])
        default: throw .invalidInput("\(field.rawValue) cannot be edited; it changes only as the complaint moves")
        }
    }

    /// Sets `field` to `value` and returns the edit event that records it, or `nil` when the
    /// value does not change.
    mutating func edit(_ field: ComplaintField, to value: String?, at: Timestamp, actor: String) throws(CmpltError)
        -> Event?
    {
        let old = text(of: field, now: at)
        try setText(value, of: field)
        let new = text(of: field, now: at)
        guard new != old else { return nil }
        return Event(id: 0, complaintID: id, at: at, actor: actor, kind: .edit, field: field, old: old, new: new)
    }
}

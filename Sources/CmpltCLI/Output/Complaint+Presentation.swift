import CmpltCore

extension Complaint {
    /// The contract's complaint object, keys in contract order; `overdue` is judged at `now`.
    func jsonValue(now: Timestamp) -> JSONValue {
        .object(ComplaintField.allCases.map { field in (field.rawValue, jsonValue(of: field, now: now)) })
    }

    /// One field as JSON: numbers for `id` and `reopened`, a bool for `overdue`, an array for
    /// `tags`, text (or `null`) for the rest.
    private func jsonValue(of field: ComplaintField, now: Timestamp) -> JSONValue {
        switch field {
        case .id: .int(id)
        case .reopened: .int(Int64(reopened))
        case .overdue: .bool(isOverdue(at: now))
        case .tags: .array(tags.map(JSONValue.string))
        default: .optional(text(of: field, now: now))
        }
    }

    /// The values of one CSV/TSV row, in the order of ``csvHeader``.
    func csvRow(now: Timestamp) -> [String?] {
        ComplaintField.allCases.map { text(of: $0, now: now) }
    }

    /// The CSV/TSV header row: the contract's keys.
    static let csvHeader: [String?] = ComplaintField.allCases.map(\.rawValue)
}

extension Event {
    /// The contract's event object: `{id, at, actor, kind, from, to, note}`, and for an edit
    /// `field`, `old`, `new`.
    var jsonValue: JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .int(id)), ("at", .string(at.rfc3339)), ("actor", .string(actor)), ("kind", .string(kind.rawValue)),
            ("from", .optional(from?.rawValue)), ("to", .optional(to?.rawValue)), ("note", .optional(note)),
        ]
        if kind == .edit {
            members += [("field", .optional(field?.rawValue)), ("old", .optional(old)), ("new", .optional(new))]
        }
        return .object(members)
    }
}

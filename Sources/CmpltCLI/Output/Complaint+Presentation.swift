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
    /// The CSV/TSV header of events: the keys of the event object, with `complaint_id`.
    static let csvHeader: [String?] = [
        "id", "complaint_id", "at", "actor", "kind", "from", "to", "note", "field", "old", "new", "hash",
    ]

    /// One CSV/TSV row of the event, in the order of ``csvHeader``.
    var csvRow: [String?] {
        [
            String(id), String(complaintID), at.rfc3339, actor, kind.rawValue, from?.rawValue, to?.rawValue, note,
            field?.rawValue, old, new, hash,
        ]
    }

    /// The event object with `complaint_id` after `id`, as `export --events` writes it.
    var exportJSONValue: JSONValue {
        guard case .object(var members) = jsonValue else { return jsonValue }
        members.insert(("complaint_id", .int(complaintID)), at: 1)
        if kind != .edit && kind != .erase {
            members.insert(contentsOf: [("field", .null), ("old", .null), ("new", .null)], at: members.count - 1)
        }
        return .object(members)
    }

    /// The contract's event object: `{id, at, actor, kind, from, to, note}`, and for an edit
    /// `field`, `old`, `new`.
    var jsonValue: JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .int(id)), ("at", .string(at.rfc3339)), ("actor", .string(actor)), ("kind", .string(kind.rawValue)),
            ("from", .optional(from?.rawValue)), ("to", .optional(to?.rawValue)), ("note", .optional(note)),
        ]
        if kind == .edit || kind == .erase {
            members += [("field", .optional(field?.rawValue)), ("old", .optional(old)), ("new", .optional(new))]
        }
        return .object(members + [("hash", .string(hash))])
    }
}

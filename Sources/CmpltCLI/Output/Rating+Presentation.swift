import CmpltCore

extension Rating {
    /// The rating as JSON: `{id, complaint_id, at, actor, score, nps, effort, comment, attributes}`,
    /// attributes as an object of name to score.
    var jsonValue: JSONValue {
        .object([
            ("id", .int(id)), ("complaint_id", .int(complaintID)), ("at", .string(at.rfc3339)),
            ("actor", .string(actor)),
            ("score", .int(Int64(score))), ("nps", .optional(nps.map(Int64.init))),
            ("effort", .optional(effort.map(Int64.init))),
            ("comment", .optional(comment)),
            ("attributes", .object(attributes.map { ($0.name, .int(Int64($0.score))) })),
        ])
    }

    /// The CSV/TSV header of ratings.
    static let csvHeader: [String?] = [
        "id", "complaint_id", "at", "actor", "score", "nps", "effort", "comment", "attributes",
    ]

    /// One CSV/TSV row; attributes as `name=score` joined by `;`.
    var csvRow: [String?] {
        [
            String(id), String(complaintID), at.rfc3339, actor, String(score), nps.map(String.init),
            effort.map(String.init),
            comment, attributes.isEmpty ? nil : attributes.map { "\($0.name)=\($0.score)" }.joined(separator: ";"),
        ]
    }
}

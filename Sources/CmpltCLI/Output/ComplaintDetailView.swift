import CmpltCore

/// The human view of one complaint: its fields, its due dates and its history as a timeline.
struct ComplaintDetailView {
    let context: Context
    /// The settings in force, to say how each due date was counted.
    let settings: Settings

    /// The whole view as text.
    func render(_ history: ComplaintHistory) -> String {
        let complaint = Self.oneLineFields(history.complaint)
        var text = heading(complaint) + "\n"
        for (label, value) in fields(complaint) {
            text += "  " + context.styled(pad(label, 13), .dim) + TextTable.singleLine(value) + "\n"
        }
        text += "\n" + context.styled("Description", .bold) + "\n"
        for line in complaint.description.split(whereSeparator: \.isNewline) {
            text += "  " + TextTable.singleLine(String(line)) + "\n"
        }
        text += "\n" + context.styled("History", .bold) + "\n"
        let rows = history.events.map { event -> [TextTable.Cell] in
            [
                TextTable.Cell(context.humanDate.format(event.at)), TextTable.Cell(event.actor),
                TextTable.Cell(describe(event)),
            ]
        }
        let table = TextTable(columns: [.init("WHEN"), .init("WHO"), .init("WHAT")])
        text += table.render(rows: rows, maxWidth: nil, colorEnabled: context.terminal.colorEnabled)
            .split(separator: "\n").dropFirst().map { "  \($0)\n" }.joined()
        if !history.ratings.isEmpty {
            text += "\n" + context.styled("Satisfaction", .bold) + "\n"
            let ratingRows = history.ratings.map { rating -> [TextTable.Cell] in
                [
                    TextTable.Cell(context.humanDate.format(rating.at)), TextTable.Cell(rating.actor),
                    TextTable.Cell(describe(rating)),
                ]
            }
            text += table.render(rows: ratingRows, maxWidth: nil, colorEnabled: context.terminal.colorEnabled)
                .split(separator: "\n").dropFirst().map { "  \($0)\n" }.joined()
        }
        return text
    }

    private func describe(_ rating: Rating) -> String {
        var parts = ["score \(rating.score)/5"]
        if let nps = rating.nps { parts.append("recommend \(nps)/10") }
        if let effort = rating.effort { parts.append("effort \(effort)/7") }
        parts += rating.attributes.map { "\($0.name) \($0.score)/5" }
        return parts.joined(separator: ", ") + (rating.comment.map { ": " + $0 } ?? "")
    }

    private func heading(_ complaint: Complaint) -> String {
        var parts = [context.styled("Complaint #\(complaint.id)", .bold), complaint.state.rawValue]
        if let severity = complaint.severity { parts.append(severity.rawValue) }
        if complaint.isOverdue(at: context.now) { parts.append(context.styled("overdue", .red)) }
        return parts.joined(separator: " · ")
    }

    private func fields(_ complaint: Complaint) -> [(String, String)] {
        var rows: [(String, String?)] = [
            ("received", "\(context.humanDate.format(complaint.receivedAt)) via \(complaint.channel)"),
            ("category", complaint.category),
            ("product", complaint.product),
            ("ref", complaint.ref),
            (
                "complainant",
                [complaint.complainant, complaint.contact.map { "<\($0)>" }].compactMap { $0 }.joined(separator: " ")
            ),
            ("wants", complaint.desiredOutcome),
            ("assignee", complaint.assignee),
            ("tags", complaint.tags.isEmpty ? nil : complaint.tags.joined(separator: ", ")),
            (
                "acknowledge",
                dueLine(
                    due: complaint.dueAcknowledgeAt, done: complaint.acknowledgedAt, closed: complaint.closedAt != nil)
            ),
            (
                "respond",
                dueLine(due: complaint.dueResponseAt, done: complaint.respondedAt, closed: complaint.closedAt != nil)
            ),
            ("target", targetLine(complaint)),
            ("resolution", complaint.resolution),
            ("upheld", complaint.upheld?.rawValue),
            ("root cause", complaint.rootCause),
            (
                "closed",
                complaint.closedAt.map { "\(context.humanDate.format($0)), \(complaint.outcome?.rawValue ?? "")" }
            ),
            (
                "reopened",
                complaint.reopened > 0 ? "\(complaint.reopened) time\(complaint.reopened == 1 ? "" : "s")" : nil
            ),
        ]
        rows.removeAll { $0.1 == nil || $0.1 == "" }
        return rows.map { ($0.0, $0.1!) }
    }

    /// How the due dates were counted, when the settings in force still give them.
    private func targetLine(_ complaint: Complaint) -> String? {
        var parts: [String] = []
        if let due = complaint.dueAcknowledgeAt,
            let text = settings.explain(
                settings.acknowledgeTarget, from: complaint.receivedAt, due: due, writing: context.humanDate.day)
        {
            parts.append("acknowledge: \(text)")
        }
        if let severity = complaint.severity, let due = complaint.dueResponseAt,
            let text = settings.explain(
                settings.responseTarget(for: severity), from: complaint.receivedAt, due: due,
                writing: context.humanDate.day)
        {
            parts.append("respond: \(text)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// The complaint with every short text field on one line without control characters, so
    /// that stored text cannot move the cursor or restyle the terminal.
    private static func oneLineFields(_ complaint: Complaint) -> Complaint {
        var clean = complaint
        let line = TextTable.singleLine
        clean.ref = complaint.ref.map(line)
        clean.channel = line(complaint.channel)
        clean.category = line(complaint.category)
        clean.product = complaint.product.map(line)
        clean.complainant = complaint.complainant.map(line)
        clean.contact = complaint.contact.map(line)
        clean.desiredOutcome = complaint.desiredOutcome.map(line)
        clean.assignee = complaint.assignee.map(line)
        clean.tags = complaint.tags.map(line)
        clean.resolution = complaint.resolution.map(line)
        clean.rootCause = complaint.rootCause.map(line)
        return clean
    }

    private func dueLine(due: Timestamp?, done: Timestamp?, closed: Bool) -> String? {
        switch (due, done) {
        case (_, let done?):
            let late = due.map { done > $0 } ?? false
            return "done \(context.humanDate.format(done))" + (late ? context.styled(" (late)", .yellow) : "")
        case (_, nil) where closed:
            return "not done (closed before)"
        case (let due?, nil):
            let passed = context.now > due
            return passed
                ? context.styled("was due \(context.humanDate.format(due))", .red)
                : "due \(context.humanDate.format(due))"
        case (nil, nil):
            return "no target until a severity is set"
        }
    }

    private func describe(_ event: Event) -> String {
        var text: String
        switch event.kind {
        case .create: text = "received"
        case .move: text = "\(event.from?.rawValue ?? "?") → \(event.to?.rawValue ?? "?")"
        case .note: text = "note"
        case .edit:
            func shown(_ value: String?, _ digest: String?) -> String {
                value ?? (digest == nil ? "(none)" : "(erased)")
            }
            text =
                "\(event.field?.rawValue ?? "?"): \(shown(event.old, event.oldDigest)) → \(shown(event.new, event.newDigest))"
        case .erase: text = "erased \(event.new ?? "")"
        }
        if let note = event.note { text += ": " + note.split(whereSeparator: \.isNewline).joined(separator: " ") }
        return text
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }
}

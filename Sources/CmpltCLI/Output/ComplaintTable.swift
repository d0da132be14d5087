import CmpltCore

/// The human table of `list`: one line per complaint, fitted to the terminal's width.
enum ComplaintTable {
    static let table = TextTable(
        columns: [
            .init("ID", alignment: .right), .init("RECEIVED"), .init("STATE"), .init("SEVERITY"),
            .init("CATEGORY", truncatable: true),
            .init("CHANNEL", truncatable: true), .init("DUE"), .init("DESCRIPTION", truncatable: true),
        ],
        headerStyle: .bold)

    /// The cells of one complaint; the due date is the next one pending, red when passed.
    static func row(_ complaint: Complaint, context: Context) -> [TextTable.Cell] {
        let overdue = complaint.isOverdue(at: context.now)
        let pending =
            complaint.state == .closed
            ? nil
            : complaint.acknowledgedAt == nil
                ? complaint.dueAcknowledgeAt
                : complaint.respondedAt == nil ? complaint.dueResponseAt : nil
        return [
            TextTable.Cell(String(complaint.id)), TextTable.Cell(context.humanDate.day(complaint.receivedAt)),
            TextTable.Cell(complaint.state.rawValue), TextTable.Cell(complaint.severity?.rawValue ?? "-"),
            TextTable.Cell(complaint.category), TextTable.Cell(complaint.channel),
            TextTable.Cell(pending.map(context.humanDate.format) ?? "-", style: overdue ? .red : nil),
            TextTable.Cell(complaint.description),
        ]
    }

    /// Prints the table, or a note on standard output's terminal when nothing matched.
    static func print(_ rows: [[TextTable.Cell]], context: Context) {
        guard !rows.isEmpty else {
            if !context.options.quiet, context.terminal.isTTY { context.print("No complaints match.\n") }
            return
        }
        context.print(
            table.render(rows: rows, maxWidth: context.terminal.width, colorEnabled: context.terminal.colorEnabled))
    }
}

import CmpltCore

/// The report for a terminal: a title, then each section as an aligned table.
struct ReportView {
    let context: Context

    func render(_ report: Report) -> String {
        var text = context.styled(ReportSections.title(report), .bold) + "\n"
        for section in ReportSections.build(report) {
            text += "\n" + context.styled(section.title, .bold) + "\n"
            guard !section.rows.isEmpty else {
                text += "  none\n"
                continue
            }
            let columns = section.columns.enumerated().map { index, header in
                TextTable.Column(
                    header, alignment: index == 0 || !section.numeric ? .left : .right, truncatable: index == 0)
            }
            let rendered = TextTable(columns: columns, headerStyle: .dim).render(
                rows: section.rows.map { $0.map { TextTable.Cell($0) } },
                maxWidth: context.terminal.width.map { $0 - 2 },
                colorEnabled: context.terminal.colorEnabled)
            text += rendered.split(separator: "\n").map { "  \($0)\n" }.joined()
            if let note = section.note { text += context.styled("  \(note)", .dim) + "\n" }
        }
        return text
    }
}

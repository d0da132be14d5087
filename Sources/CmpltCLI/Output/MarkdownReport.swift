import CmpltCore

/// The report as a Markdown document for a management review (ISO 10002 8.6): the same
/// sections as the terminal report, as GitHub-flavoured tables.
enum MarkdownReport {
    static func render(_ report: Report, register: String, madeAt: Timestamp) -> String {
        var text = "# \(ReportSections.title(report))\n\n"
        text += "Complaints-handling review: \(report.since.rfc3339) to \(report.until.rfc3339) (exclusive), "
        text += "register `\(escape(register))`, made \(madeAt.rfc3339) by cmplt. "
        text += "Formulas: docs/metrics.md.\n"
        for section in ReportSections.build(report) {
            text += "\n## \(section.title)\n\n"
            guard !section.rows.isEmpty else {
                text += "None.\n"
                continue
            }
            text += "| " + section.columns.map { $0.isEmpty ? "trend" : escape($0) }.joined(separator: " | ") + " |\n"
            text +=
                "|" + section.columns.indices.map { $0 == 0 || !section.numeric ? " --- |" : " ---: |" }.joined() + "\n"
            for row in section.rows { text += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
            if let note = section.note { text += "\n_\(escape(note))_\n" }
        }
        return text
    }

    /// Cell text with Markdown's table and emphasis characters escaped.
    private static func escape(_ text: String) -> String {
        var result = ""
        for character in TextTable.singleLine(text) {
            if "|\\*_`[]<>".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

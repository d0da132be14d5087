import CmpltCore

/// The report as one self-contained HTML file: charts drawn as inline SVG by ``SVGChart``,
/// then the same tables as the terminal report. No scripts, no external resources.
enum HTMLReport {
    static func render(_ report: Report, register: String, madeAt: Timestamp) -> String {
        let title = ReportSections.title(report)
        let labels = report.periods.map(\.period)
        var html = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>\(HTML.escape(title))</title>
            <style>
            body{font:14px/1.4 system-ui,sans-serif;margin:2em auto;max-width:60em;color:#222;padding:0 1em}
            h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}
            table{border-collapse:collapse;margin:.5em 0}th,td{padding:.25em .6em;border-bottom:1px solid #ddd}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}p.note{color:#666;font-size:.9em}
            .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(20em,1fr));gap:1em}
            svg{width:100%;height:auto}svg .bar{fill:#4a78b5}svg .line{fill:none;stroke:#c0504d;stroke-width:2}
            svg .dot{fill:#c0504d}svg .grid{stroke:#e3e3e3}svg .axis{font-size:10px;fill:#666}svg .title{font-size:12px;font-weight:600}
            </style></head><body>
            <h1>\(HTML.escape(title))</h1>
            <p>Complaints-handling review (ISO 10002 8.6) from \(report.since.rfc3339) to \(report.until.rfc3339) (exclusive); register <code>\(HTML.escape(register))</code>; made \(madeAt.rfc3339) by cmplt.</p>
            <div class="charts">

            """
        html += SVGChart.bars("Complaints received", labels: labels, values: report.periods.map { Double($0.received) })
        html += SVGChart.line("Median days to close", labels: labels, values: report.periods.map(\.medianDaysToClose))
        html += SVGChart.line("CSAT %", labels: labels, values: report.periods.map(\.csatPct), maximum: 100)
        html += SVGChart.bars(
            "Complaints by category", labels: report.categories.prefix(12).map(\.category),
            values: report.categories.prefix(12).map { Double($0.count) })
        html += "\n</div>\n"
        for section in ReportSections.build(report) {
            html += "<h2>\(HTML.escape(section.title))</h2>\n"
            guard !section.rows.isEmpty else {
                html += "<p>None.</p>\n"
                continue
            }
            func cell(_ tag: String, _ text: String, _ index: Int) -> String {
                let numeric = index > 0 && section.numeric ? " class=\"n\"" : ""
                return "<\(tag)\(numeric)>\(HTML.escape(text))</\(tag)>"
            }
            html += "<table><tr>" + section.columns.enumerated().map { cell("th", $1, $0) }.joined() + "</tr>\n"
            for row in section.rows {
                html += "<tr>" + row.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>\n"
            }
            html += "</table>\n"
            if let note = section.note { html += "<p class=\"note\">\(HTML.escape(note))</p>\n" }
        }
        return html + "</body></html>\n"
    }
}

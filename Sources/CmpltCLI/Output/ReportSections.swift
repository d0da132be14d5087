import CmpltCore

/// One titled table of a report, shared by the terminal, Markdown and HTML renderings.
struct ReportSection {
    var title: String
    var columns: [String]
    var rows: [[String]]
    /// A line under the table, e.g. the units.
    var note: String?
    /// Whether the first column is a label (left-aligned) and the others numbers.
    var numeric = true
}

/// The report as sections of text cells: handling, satisfaction, trends, attributes, Pareto,
/// recurring problems, backlog and groups.
enum ReportSections {
    static func build(_ report: Report) -> [ReportSection] {
        let rows = report.periods + [report.totals]
        var sections = [
            ReportSection(
                title: "Handling (ISO 10002 8.2, 8.4)",
                columns: [
                    "PERIOD", "RECEIVED", "CLOSED", "OPEN", "ACK h", "RESPOND d", "CLOSE d", "IN TARGET", "UPHELD",
                    "REOPENED", "ESCALATED",
                ],
                rows: rows.map { metrics in
                    [
                        metrics.period, "\(metrics.received)", "\(metrics.closed)", "\(metrics.openAtEnd)",
                        number(metrics.medianHoursToAcknowledge), number(metrics.medianDaysToRespond),
                        number(metrics.medianDaysToClose),
                        percent(metrics.respondedWithinTargetPct), percent(metrics.upheldPct), "\(metrics.reopened)",
                        "\(metrics.escalated)",
                    ]
                },
                note: "Medians; ACK in hours, RESPOND and CLOSE in days; IN TARGET: first responses by their due date."),
            ReportSection(
                title: "Satisfaction (ISO 10002 8.3, ISO 10004)",
                columns: [
                    "PERIOD", "RATINGS", "CSAT", "CSAT 95% CI", "MEAN", "NPS", "EFFORT", "RESPONSE RATE", "INDEX",
                ],
                rows: rows.map { metrics in
                    [
                        metrics.period, "\(metrics.ratings)", percent(metrics.csatPct),
                        metrics.csatInterval.map { "\(number($0.lower))–\(number($0.upper))%" } ?? "-",
                        number(metrics.meanScore),
                        metrics.nps.map { "\(number($0)) ±\(number(metrics.npsMarginOfError))" } ?? "-",
                        number(metrics.meanEffort),
                        percent(metrics.responseRatePct), number(metrics.satisfactionIndex),
                    ]
                },
                note:
                    "CSAT: scores 4–5 of 5; NPS: % 9–10 minus % 0–6; EFFORT: 1 very difficult … 7 very easy; INDEX: weighted attribute satisfaction, 0–100."
            ),
            ReportSection(
                title: "Trends (Mann-Kendall test, Sen's slope)",
                columns: ["SERIES", "", "DIRECTION", "SLOPE/PERIOD", "P"],
                rows: [
                    trendRow("received", report.trend, report.periods.map { Double($0.received) }),
                    trendRow("days to close", report.closeTimeTrend, report.periods.map(\.medianDaysToClose)),
                    trendRow("CSAT %", report.satisfactionTrend, report.periods.map(\.csatPct)),
                ],
                note: "rising or falling only when p < 0.05."),
        ]
        if !report.totals.attributes.isEmpty {
            sections.append(
                ReportSection(
                    title: "Attributes: importance and performance",
                    columns: ["ATTRIBUTE", "WEIGHT", "RATINGS", "MEAN", "PERFORMANCE"],
                    rows: report.totals.attributes.map {
                        [$0.name, number($0.weight), "\($0.count)", number($0.meanScore), percent($0.performancePct)]
                    }))
        }
        sections.append(
            ReportSection(
                title: "Categories (Pareto)", columns: ["CATEGORY", "COUNT", "SHARE", "CUMULATIVE", "VITAL FEW"],
                rows: report.categories.map {
                    [
                        $0.category, "\($0.count)", percent($0.sharePct), percent($0.cumulativePct),
                        $0.vitalFew ? "yes" : "",
                    ]
                }))
        sections.append(
            ReportSection(
                title: "Recurring problems", columns: ["FIELD", "VALUE", "LAST PERIOD", "EXPECTED", "P"],
                rows: report.recurring.map {
                    [$0.field, $0.value, "\($0.count)", number($0.expected), "\($0.pValue)"]
                },
                note:
                    "Last period's count against a Poisson law with the mean of the earlier periods; listed when p < 0.05."
            ))
        sections.append(
            ReportSection(
                title: "Open at the end, by days since receipt", columns: ["AGE", "OPEN"],
                rows: report.backlog.map { [$0.label, "\($0.count)"] }))
        if let dimension = report.dimension {
            sections.append(
                ReportSection(
                    title: "By \(dimension.rawValue)",
                    columns: [
                        dimension.rawValue.uppercased(), "RECEIVED", "CLOSED", "OPEN", "CLOSE d", "IN TARGET", "UPHELD",
                        "CSAT", "NPS",
                    ],
                    rows: report.groups.map { group in
                        let totals = group.totals
                        return [
                            group.key ?? "(none)", "\(totals.received)", "\(totals.closed)", "\(totals.openAtEnd)",
                            number(totals.medianDaysToClose), percent(totals.respondedWithinTargetPct),
                            percent(totals.upheldPct),
                            percent(totals.csatPct), number(totals.nps),
                        ]
                    }))
        }
        return sections
    }

    /// The title line: `Complaints 2026-01 – 2026-12 (12 months)`.
    static func title(_ report: Report) -> String {
        let first = report.periods.first?.period ?? ""
        let last = report.periods.last?.period ?? ""
        return
            "Complaints \(first) – \(last) (\(report.periods.count) \(report.kind.rawValue)\(report.periods.count == 1 ? "" : "s"))"
    }

    private static func trendRow(_ name: String, _ trend: Trend, _ series: [Double?]) -> [String] {
        [
            name, Sparkline.draw(series), trend.direction.rawValue, number(trend.slopePerPeriod),
            trend.pValue.map { "\($0)" } ?? "-",
        ]
    }

    /// A number as people read it: `7`, `2.5`, `-` for none.
    static func number(_ value: Double?) -> String {
        guard let value else { return "-" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// A percentage: `66.7%`, `-` for none.
    static func percent(_ value: Double?) -> String {
        value.map { number($0) + "%" } ?? "-"
    }
}

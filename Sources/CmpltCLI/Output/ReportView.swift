import CmpltCore

/// The human report: handling and satisfaction per period, trends, the Pareto table,
/// recurring problems, the backlog and groups, as aligned tables under section headings.
struct ReportView {
    let context: Context

    func render(_ report: Report) -> String {
        let first = report.periods.first?.period ?? ""
        let last = report.periods.last?.period ?? ""
        var text =
            context.styled("Complaints \(first) – \(last)", .bold)
            + " (\(report.periods.count) \(report.kind.rawValue)s)\n"
        text += section("Handling (ISO 10002 8.2, 8.4)")
        text += table(
            [
                "PERIOD", "RECEIVED", "CLOSED", "OPEN", "ACK h", "RESPOND d", "CLOSE d", "IN TARGET", "UPHELD",
                "REOPENED", "ESCALATED",
            ],
            rows: (report.periods + [report.totals]).map { metrics in
                [
                    metrics.period, "\(metrics.received)", "\(metrics.closed)", "\(metrics.openAtEnd)",
                    number(metrics.medianHoursToAcknowledge), number(metrics.medianDaysToRespond),
                    number(metrics.medianDaysToClose),
                    percent(metrics.respondedWithinTargetPct), percent(metrics.upheldPct), "\(metrics.reopened)",
                    "\(metrics.escalated)",
                ]
            })
        text += "  (medians; ACK in hours, RESPOND and CLOSE in days)\n"
        text += section("Satisfaction (ISO 10002 8.3, ISO 10004)")
        text += table(
            ["PERIOD", "RATINGS", "CSAT", "CSAT 95% CI", "MEAN", "NPS", "EFFORT", "RESPONSE RATE", "INDEX"],
            rows: (report.periods + [report.totals]).map { metrics in
                [
                    metrics.period, "\(metrics.ratings)", percent(metrics.csatPct),
                    metrics.csatInterval.map { "\(number($0.lower))–\(number($0.upper))%" } ?? "-",
                    number(metrics.meanScore),
                    metrics.nps.map { "\(number($0)) ±\(number(metrics.npsMarginOfError))" } ?? "-",
                    number(metrics.meanEffort),
                    percent(metrics.responseRatePct), number(metrics.satisfactionIndex),
                ]
            })
        text += section("Trends (Mann-Kendall, Sen's slope)")
        text += trendLine("received", report.trend, report.periods.map { Double($0.received) })
        text += trendLine("days to close", report.closeTimeTrend, report.periods.map(\.medianDaysToClose))
        text += trendLine("CSAT %", report.satisfactionTrend, report.periods.map(\.csatPct))
        if !report.totals.attributes.isEmpty {
            text += section("Attributes: importance and performance")
            text += table(
                ["ATTRIBUTE", "WEIGHT", "RATINGS", "MEAN", "PERFORMANCE"],
                rows: report.totals.attributes.map {
                    [$0.name, number($0.weight), "\($0.count)", number($0.meanScore), percent($0.performancePct)]
                })
        }
        text += section("Categories (Pareto)")
        text +=
            report.categories.isEmpty
            ? "  none received\n"
            : table(
                ["CATEGORY", "COUNT", "SHARE", "CUMULATIVE", ""],
                rows: report.categories.map {
                    [
                        $0.category, "\($0.count)", percent($0.sharePct), percent($0.cumulativePct),
                        $0.vitalFew ? "vital few" : "",
                    ]
                })
        text += section("Recurring problems (last period vs. its history, Poisson p < 0.05)")
        text +=
            report.recurring.isEmpty
            ? "  none\n"
            : table(
                ["FIELD", "VALUE", "LAST PERIOD", "EXPECTED", "P"],
                rows: report.recurring.map { [$0.field, $0.value, "\($0.count)", number($0.expected), "\($0.pValue)"] })
        text += section("Open at the end, by age in days")
        text += table(["AGE", "OPEN"], rows: report.backlog.map { [$0.label, "\($0.count)"] })
        if let dimension = report.dimension {
            text += section("By \(dimension.rawValue)")
            text += table(
                [
                    dimension.rawValue.uppercased(), "RECEIVED", "CLOSED", "OPEN", "CLOSE d", "IN TARGET", "UPHELD",
                    "CSAT", "NPS",
                ],
                rows: report.groups.map { group in
                    let totals = group.totals
                    return [
                        group.key ?? "(none)", "\(totals.received)", "\(totals.closed)", "\(totals.openAtEnd)",
                        number(totals.medianDaysToClose),
                        percent(totals.respondedWithinTargetPct), percent(totals.upheldPct), percent(totals.csatPct),
                        number(totals.nps),
                    ]
                })
        }
        return text
    }

    private func section(_ title: String) -> String {
        "\n" + context.styled(title, .bold) + "\n"
    }

    private func table(_ headers: [String], rows: [[String]]) -> String {
        let columns = headers.enumerated().map { index, header in
            TextTable.Column(header, alignment: index == 0 ? .left : .right, truncatable: index == 0)
        }
        let rendered = TextTable(columns: columns, headerStyle: .dim)
            .render(
                rows: rows.map { $0.map { TextTable.Cell($0) } }, maxWidth: context.terminal.width.map { $0 - 2 },
                colorEnabled: context.terminal.colorEnabled)
        return rendered.split(separator: "\n").map { "  \($0)\n" }.joined()
    }

    private func trendLine(_ name: String, _ trend: Trend, _ series: [Double?]) -> String {
        let slope = trend.slopePerPeriod.map { ", \($0 >= 0 ? "+" : "")\(number($0))/period" } ?? ""
        let p = trend.pValue.map { ", p = \($0)" } ?? ""
        return "  \(name.padding(13)) \(Sparkline.draw(series))  \(trend.direction.rawValue)\(slope)\(p)\n"
    }

    private func number(_ value: Double?) -> String {
        guard let value else { return "-" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    private func percent(_ value: Double?) -> String {
        value.map { number($0) + "%" } ?? "-"
    }
}

extension String {
    /// The string padded with spaces on the right to `width` characters.
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

import CmpltCore

/// `cmplt report`: trends, handling times, targets, upheld rates and satisfaction per period.
enum ReportCommand: Command {
    static let period = OptionSpec(
        "period", value: "period", help: "Length of each period (default: month).", choices: PeriodKind.names)
    static let since = OptionSpec(
        "since", value: "date", help: "From the period holding this date (default: 12 periods back).")
    static let until = OptionSpec(
        "until", value: "date",
        help: "Through the period holding this date (a bare day is included whole; default: now).")
    static let by = OptionSpec(
        "by", value: "dimension", help: "Add totals per value of this field.", choices: ReportDimension.names)

    static let spec = CommandSpec(
        "report", abstract: "Summarise complaints and satisfaction per week, month, quarter or year.",
        discussion:
            "Covers whole periods, bucketed in the local time zone: the range widens to period boundaries. Each figure counts what happened in the period: complaints received, closings, first responses (days to respond, within target), latest responses (upheld), ratings (CSAT, NPS, effort). Formulas: docs/metrics.md.",
        options: [period, since, until, by],
        examples: [
            "cmplt report", "cmplt report --period quarter --since 2026-01-01 --by category",
            "cmplt report --json | jq '.totals.csat_pct'", "cmplt report --format html > review.html",
            "cmplt report --period quarter --format markdown > management-review.md",
        ])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let request = ReportRequest(
            kind: try invocation.choice(period, as: PeriodKind.self) ?? .month,
            since: try invocation.date(since, now: context.now),
            until: try invocation.date(until, now: context.now),
            dimension: try invocation.choice(by, as: ReportDimension.self),
            now: context.now)
        let report = try context.openRegister().report(request)
        switch context.options.document {
        case .markdown?:
            return context.print(MarkdownReport.render(report, register: context.registerPath, madeAt: context.now))
        case .html?:
            return context.print(HTMLReport.render(report, register: context.registerPath, madeAt: context.now))
        case nil:
            break
        }
        switch context.options.format {
        case .table:
            context.print(ReportView(context: context).render(report))
        case .json:
            context.print(report.jsonValue.serialized(pretty: true) + "\n")
        case .jsonl, .csv, .tsv:
            let rows = report.periods + [report.totals]
            var writer = RecordWriter(
                format: context.options.format, header: rows[0].fields.map(\.0), output: context.output)
            for metrics in rows {
                writer.write(json: metrics.jsonValue, row: metrics.fields.map { $0.1.plainText })
            }
            writer.finish()
        }
    }
}

extension JSONValue {
    /// The value as one CSV/TSV field: numbers and text as they read, `null` as empty.
    var plainText: String? {
        switch self {
        case .null: nil
        case .string(let text): text
        default: serialized()
        }
    }
}

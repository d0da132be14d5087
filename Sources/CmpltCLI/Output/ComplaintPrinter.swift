import CmpltCore

/// Prints complaints for people and for programs, in the context's output format.
struct ComplaintPrinter {
    let context: Context

    /// After a change: a one-line `summary` for people (none with `-q`), or the complaint as it
    /// now stands in a machine format.
    func printChanged(_ complaint: Complaint, summary: String) throws {
        guard context.options.format != .table else {
            if !context.options.quiet { context.print(summary + "\n") }
            return
        }
        printRecord(complaint, history: nil)
    }

    /// One complaint with its history: a record and a timeline for people, the complaint
    /// object with `events` and `ratings` in JSON.
    func printDetail(_ history: ComplaintHistory, settings: Settings) {
        guard context.options.format == .table else {
            printRecord(history.complaint, history: history)
            return
        }
        context.print(ComplaintDetailView(context: context, settings: settings).render(history))
    }

    private func printRecord(_ complaint: Complaint, history: ComplaintHistory?) {
        var json = complaint.jsonValue(now: context.now)
        if let history, case .object(let members) = json {
            json = .object(
                members + [
                    ("events", .array(history.events.map(\.jsonValue))),
                    ("ratings", .array(history.ratings.map(\.jsonValue))),
                ])
        }
        switch context.options.format {
        case .json:
            context.print(json.serialized(pretty: true) + "\n")
        case .jsonl:
            context.print(json.serialized() + "\n")
        default:
            var writer = RecordWriter(
                format: context.options.format, header: Complaint.csvHeader, output: context.output)
            writer.write(json: json, row: complaint.csvRow(now: context.now))
            writer.finish()
        }
    }
}

import CmpltCore

/// `cmplt export`: every complaint (or every event) as CSV, TSV, JSON or JSON Lines.
enum ExportCommand: Command {
    static let state = OptionSpec(
        "state", value: "state", help: "Only complaints in this state.", repeatable: true, choices: State.names)
    static let redact = OptionSpec("redact", help: "Leave out personal data: complainant and contact become null.")
    static let events = OptionSpec("events", help: "Export the event history instead, one row per event.")

    static let spec = CommandSpec(
        "export", abstract: "Write every complaint, or every event, for other tools (CSV by default).",
        discussion:
            "Columns and keys are the complaint object's, in contract order; 'cmplt import' reads them back. Formats: csv (default), tsv, json (one array), jsonl. Rows stream by id, so memory stays flat however large the register.",
        options: [SharedOptions.since, SharedOptions.until, state, redact, events],
        examples: [
            "cmplt export > complaints.csv", "cmplt export --format jsonl --redact | gzip > complaints.jsonl.gz",
            "cmplt export --events --since 2026-01-01 --format csv",
        ])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let format = context.options.formatIsExplicit ? context.options.format : .csv
        guard format != .table else {
            throw UsageError("export writes csv, tsv, json or jsonl; --format table is for people (see 'cmplt list')")
        }
        var filter = ComplaintFilter()
        filter.states = try invocation.choices(state, as: State.self)
        filter.receivedSince = try invocation.date(SharedOptions.since, now: context.now)?.instant
        filter.receivedBefore = try invocation.date(SharedOptions.until, now: context.now)?.exclusiveEnd
        let redacting = invocation.flag(redact)
        let register = try context.openRegister()
        if invocation.flag(events) {
            var writer = RecordWriter(format: format, header: Event.csvHeader, output: context.output)
            try register.forEachEvent(ofComplaintsMatching: filter, now: context.now) { event in
                var event = event
                if redacting, let field = event.field, field.isPersonal {
                    event.old = nil
                    event.new = nil
                }
                writer.write(json: event.exportJSONValue, row: event.csvRow)
            }
            writer.finish()
        } else {
            var writer = RecordWriter(format: format, header: Complaint.csvHeader, output: context.output)
            try register.forEachComplaint(matching: filter, now: context.now) { complaint in
                var complaint = complaint
                if redacting {
                    complaint.complainant = nil
                    complaint.contact = nil
                }
                writer.write(json: complaint.jsonValue(now: context.now), row: complaint.csvRow(now: context.now))
            }
            writer.finish()
        }
    }
}

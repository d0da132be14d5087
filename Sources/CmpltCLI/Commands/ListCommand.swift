import CmpltCore

/// `cmplt list`: the complaints that match filters.
enum ListCommand: Command {
    static let state = OptionSpec(
        "state", value: "state", help: "Only complaints in this state.", repeatable: true, choices: State.names)
    static let open = OptionSpec("open", help: "Only complaints that are not closed.")
    static let overdue = OptionSpec("overdue", help: "Only open complaints past a due date.")
    static let category = OptionSpec("category", value: "category", help: "Only this category.")
    static let channel = OptionSpec("channel", value: "channel", help: "Only this channel.")
    static let product = OptionSpec("product", value: "product", help: "Only this product.")
    static let ref = OptionSpec("ref", value: "ref", help: "Only the complaint with this external reference.")
    static let tag = OptionSpec("tag", value: "tag", help: "Only complaints with this tag.")
    static let search = OptionSpec(
        "search", value: "text",
        help: "Only complaints whose description or resolution contains the text (ASCII case ignored).")
    static let rated = OptionSpec("rated", help: "Only complaints with a satisfaction rating.")
    static let unrated = OptionSpec("unrated", help: "Only complaints without a satisfaction rating.")
    static let severity = OptionSpec(
        "severity", value: "severity", help: "Only this severity.", choices: Severity.names)
    static let assignee = OptionSpec("assignee", value: "name", help: "Only complaints handled by this person.")
    static let limit = OptionSpec("limit", value: "n", help: "At most this many complaints.")
    static let sort = OptionSpec(
        "sort", value: "field", help: "Sort by a field, e.g. received_at; prefix '-' to reverse (default: id).")

    static let spec = CommandSpec(
        "list", abstract: "List the complaints that match every filter given.",
        discussion:
            "Complaints come by id ascending unless --sort says otherwise. No match prints an empty result and exits 0.",
        options: [
            state, open, overdue, ref, category, channel, severity, product, assignee, tag,
            SharedOptions.since, SharedOptions.until, search, rated, unrated, limit, sort,
        ],
        examples: [
            "cmplt list --open --sort -received_at", "cmplt list --overdue --json",
            "cmplt list --state responded --state escalated --format csv",
        ])

    static func run(_ invocation: Invocation, in context: Context) throws {
        var filter = ComplaintFilter()
        filter.states = try invocation.choices(state, as: State.self)
        filter.openOnly = invocation.flag(open)
        filter.overdueOnly = invocation.flag(overdue)
        filter.ref = invocation.value(ref)
        filter.category = invocation.value(category)
        filter.channel = invocation.value(channel)
        filter.severity = try invocation.choice(severity, as: Severity.self)
        filter.product = invocation.value(product)
        filter.assignee = invocation.value(assignee)
        filter.tag = invocation.value(tag)
        filter.search = invocation.value(search)
        if invocation.flag(rated), invocation.flag(unrated) {
            throw UsageError("--rated and --unrated exclude each other; give one")
        }
        filter.rated = invocation.flag(rated) ? true : invocation.flag(unrated) ? false : nil
        filter.receivedSince = try invocation.date(SharedOptions.since, now: context.now)?.instant
        filter.receivedBefore = try invocation.date(SharedOptions.until, now: context.now)?.exclusiveEnd
        let order =
            try invocation.value(sort).map { text throws(CmpltError) in try ComplaintOrder(parsing: text) }
            ?? ComplaintOrder()
        let limit = try invocation.integer(limit, in: 0...Int(Int32.max))

        let register = try context.openRegister(humanDates: true)
        if context.options.format == .table {
            var rows: [[TextTable.Cell]] = []
            // The table shows none of the details: they are not decoded.
            try register.forEachComplaint(
                matching: filter, order: order, limit: limit, now: context.now, details: false
            ) { complaint in
                rows.append(ComplaintTable.row(complaint, context: context))
            }
            ComplaintTable.print(rows, context: context)
        } else {
            var writer = RecordWriter(
                format: context.options.format, header: Complaint.csvHeader, output: context.output)
            try register.forEachComplaint(matching: filter, order: order, limit: limit, now: context.now) { complaint in
                writer.write(json: complaint.jsonValue(now: context.now), row: complaint.csvRow(now: context.now))
            }
            writer.finish()
        }
    }
}

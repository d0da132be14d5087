import CmpltCore

/// `cmplt rate`: records the complainant's satisfaction with how a complaint was handled.
enum RateCommand: Command {
    static let score = OptionSpec(
        "score", value: "1-5", help: "Overall satisfaction: 1 very dissatisfied … 5 very satisfied.", required: true)
    static let nps = OptionSpec("nps", value: "0-10", help: "How likely to recommend us: 0 … 10.")
    static let effort = OptionSpec(
        "effort", value: "1-7", help: "How easy it was to get the complaint handled: 1 very difficult … 7 very easy.")
    static let comment = OptionSpec("comment", value: "text", help: "What the complainant said.")
    static let attribute = OptionSpec(
        "attr", value: "name=1-5",
        help: "Satisfaction with one aspect, e.g. speed=4 (weights: 'cmplt config set weight.speed 2').",
        repeatable: true)
    static let at = OptionSpec("at", value: "date", help: "When the response was given (default: now).")

    static let spec = CommandSpec(
        "rate", abstract: "Record satisfaction with how a complaint was handled (ISO 10004).",
        discussion: "A complaint may be rated more than once; each rating counts in the report period of its own time.",
        arguments: [ArgumentSpec("id", help: "The complaint's id.")],
        options: [score, nps, effort, comment, attribute, at, SharedOptions.by],
        examples: [
            "cmplt rate 12 --score 4 --nps 9 --effort 6",
            "cmplt rate 12 --score 2 --attr speed=1 --attr courtesy=4 --comment 'Too slow'",
        ])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let id = try ComplaintID.parse(invocation.positional(0)!)
        var attributes: [RatingAttribute] = []
        for text in invocation.values(attribute) { attributes.append(try RatingAttribute(parsing: text)) }
        let rating = Rating(
            complaintID: id, at: try invocation.date(at, now: context.now)?.instant ?? context.now,
            actor: context.actor(invocation.value(SharedOptions.by)),
            score: try invocation.integer(score, in: Rating.scoreRange)!,
            nps: try invocation.integer(nps, in: Rating.npsRange),
            effort: try invocation.integer(effort, in: Rating.effortRange),
            comment: invocation.value(comment), attributes: attributes)
        let register = try context.openRegister()
        let ratingID = try register.rate(rating)
        var stored = rating
        stored.id = ratingID
        switch context.options.format {
        case .table:
            if !context.options.quiet { context.print("#\(id) rated \(rating.score)/5\n") }
        case .json:
            context.print(stored.jsonValue.serialized(pretty: true) + "\n")
        default:
            var writer = RecordWriter(format: context.options.format, header: Rating.csvHeader, output: context.output)
            writer.write(json: stored.jsonValue, row: stored.csvRow)
            writer.finish()
        }
    }
}

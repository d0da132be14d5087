import CmpltCore

/// `cmplt advance`: moves a complaint through the ISO 10002 workflow.
enum AdvanceCommand: Command {
    static let to = OptionSpec(
        "to", value: "state", help: "The state to move to (default: the next one on the main path).",
        choices: State.names)
    static let note = OptionSpec("note", value: "text", help: "A note on the move.")
    static let at = OptionSpec(
        "at", value: "date", help: "When it happened (default: now); not before the latest move.")
    static let resolution = OptionSpec(
        "resolution", value: "text", help: "The response given; needed to enter responded.")
    static let upheld = OptionSpec(
        "upheld", value: "decision", help: "Whether the complaint was justified; needed to enter responded.",
        choices: Upheld.names)
    static let outcome = OptionSpec(
        "outcome", value: "outcome", help: "How it ended; needed to enter closed.", choices: Outcome.names)
    static let rootCause = OptionSpec("root-cause", value: "text", help: "What caused the problem.")

    static let spec = CommandSpec(
        "advance", abstract: "Move a complaint along the workflow.",
        discussion:
            "Without --to, moves one step along the main path received → acknowledged → assessed → investigating → responded → closed (from escalated: to investigating). A --to further along the main path records every state on the way, all at the same instant, and needs every guard on the way: a severity to enter assessed, --resolution and --upheld to enter responded, --outcome to enter closed. Only --outcome withdrawn closes early. A closed complaint reopens with --to investigating. See 'cmplt states'.",
        arguments: [ArgumentSpec("id", help: "The complaint's id.")],
        options: [
            to, note, SharedOptions.by, at, SharedOptions.severity, SharedOptions.assignee, resolution, upheld, outcome,
            rootCause,
        ],
        examples: [
            "cmplt advance 12",
            "cmplt advance 12 --severity high --assignee ana",
            "cmplt advance 12 --to responded --resolution 'Refunded the second charge' --upheld yes",
            "cmplt advance 12 --to closed --outcome accepted",
            "cmplt advance 12 --to investigating --note 'Customer says the refund never arrived'",
        ])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let id = try ComplaintID.parse(invocation.positional(0)!)
        var request = MoveRequest(target: try invocation.choice(to, as: State.self))
        request.note = invocation.value(note)
        request.at = try invocation.date(at, now: context.now)?.instant
        request.severity = try invocation.choice(SharedOptions.severity, as: Severity.self)
        request.assignee = invocation.value(SharedOptions.assignee)
        request.resolution = invocation.value(resolution)
        request.upheld = try invocation.choice(upheld, as: Upheld.self)
        request.outcome = try invocation.choice(outcome, as: Outcome.self)
        request.rootCause = invocation.value(rootCause)

        let register = try context.openRegister()
        let result = try register.move(
            id, request, actor: context.actor(invocation.value(SharedOptions.by)), now: context.now)
        let steps = ([result.from] + result.entered).map(\.rawValue).joined(separator: " → ")
        try ComplaintPrinter(context: context).printChanged(result.complaint, summary: "#\(id) \(steps)")
    }
}

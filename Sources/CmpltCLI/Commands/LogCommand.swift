import CmpltCore

/// `cmplt log`: records a complaint and prints its id.
enum LogCommand: Command {
    static let channel = OptionSpec(
        "channel", value: "channel",
        help: "How it arrived: email, phone, web, letter, in-person, social, other, or your own word.", required: true)
    static let category = OptionSpec(
        "category", value: "category", help: "What it is about, e.g. billing or delivery.", required: true)
    static let product = OptionSpec("product", value: "product", help: "The product or service concerned.")
    static let complainant = OptionSpec("complainant", value: "name", help: "Who complains (personal data).")
    static let contact = OptionSpec("contact", value: "contact", help: "How to reach the complainant (personal data).")
    static let desiredOutcome = OptionSpec("desired-outcome", value: "text", help: "What the complainant asks for.")
    static let ref = OptionSpec("ref", value: "ref", help: "A unique external reference, e.g. a ticket number.")
    static let tag = OptionSpec("tag", value: "tag", help: "A label for grouping.", repeatable: true)
    static let receivedAt = OptionSpec("received-at", value: "date", help: "When it was received (default: now).")

    static let spec = CommandSpec(
        "log", abstract: "Record a complaint and print its new id.",
        discussion:
            "The description comes from <text>, or from standard input when <text> is '-' or missing and input is piped. Target dates are set from the settings in force (see 'cmplt config list').",
        arguments: [
            ArgumentSpec("text", help: "What the complaint says; '-' reads it from standard input.", optional: true)
        ],
        options: [
            channel, category, product, SharedOptions.severity, complainant, contact, desiredOutcome, ref, tag,
            receivedAt, SharedOptions.by,
        ],
        examples: [
            "cmplt log 'Charged twice for one order' --channel email --category billing --severity high",
            "mail-body | cmplt log --channel email --category delivery --ref TCK-1041",
        ])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let receivedAt = try invocation.date(receivedAt, now: context.now)?.instant ?? context.now
        let complaint = NewComplaint(
            description: try description(invocation, context),
            channel: invocation.value(channel)!, category: invocation.value(category)!, receivedAt: receivedAt,
            product: invocation.value(product),
            severity: try invocation.choice(SharedOptions.severity, as: Severity.self),
            complainant: invocation.value(complainant), contact: invocation.value(contact),
            desiredOutcome: invocation.value(desiredOutcome), ref: invocation.value(ref), tags: invocation.values(tag))
        try complaint.validate()
        let register = try context.openRegister(creating: true)
        let id = try register.log(complaint, actor: context.actor(invocation.value(SharedOptions.by)))
        context.print("\(id)\n")
    }

    private static func description(_ invocation: Invocation, _ context: Context) throws -> String {
        switch invocation.positional(0) {
        case "-":
            return try context.readStandardInput()
        case let text?:
            return text
        case nil where context.standardInputIsPiped:
            return try context.readStandardInput()
        case nil:
            throw UsageError("'cmplt log' needs a description: give <text>, or '-' and pipe it on standard input")
        }
    }
}

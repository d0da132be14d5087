import CmpltCore

/// `cmplt erase`: removes a complainant's personal data, keeping the complaint's statistics.
enum EraseCommand: Command {
    static let description = OptionSpec("description", help: "Erase the complaint's text too.")
    static let reason = OptionSpec(
        "reason", value: "text", help: "Why, e.g. 'request of 2026-11-20'; recorded with the erasure.", required: true)

    static let spec = CommandSpec(
        "erase", abstract: "Erase a complainant's personal data; the complaint's statistics stay.",
        discussion:
            "Removes complainant and contact (and with --description the complaint's text) from the complaint and from every event that held them, overwriting the freed bytes. States, dates, decisions and ratings stay, so reports do not change. The erasure is recorded as an event with who, when and why, without the erased values; the hash chain still verifies.",
        arguments: [ArgumentSpec("id", help: "The complaint's id.")],
        options: [description, reason, SharedOptions.by],
        examples: [
            "cmplt erase 12 --reason 'erasure request of 2026-11-20'",
            "cmplt erase 12 --description --reason 'court order 2026/77'",
        ])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let id = try ComplaintID.parse(invocation.positional(0)!)
        let register = try context.openRegister()
        let erased = try register.erase(
            id, description: invocation.flag(description), reason: invocation.value(reason)!,
            actor: context.actor(invocation.value(SharedOptions.by)), now: context.now)
        let summary =
            erased.isEmpty
            ? "#\(id) holds no personal data to erase"
            : "#\(id) erased \(erased.map(\.rawValue).joined(separator: ", "))"
        try ComplaintPrinter(context: context).printChanged(try register.complaint(id), summary: summary)
    }
}

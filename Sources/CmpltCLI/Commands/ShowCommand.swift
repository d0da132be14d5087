import CmpltCore

/// `cmplt show`: one complaint with its whole history.
enum ShowCommand: Command {
    static let spec = CommandSpec(
        "show", abstract: "Show one complaint with its whole history.",
        arguments: [ArgumentSpec("id", help: "The complaint's id.")],
        examples: ["cmplt show 12", "cmplt show 12 --json | jq '.events | length'"])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let id = try ComplaintID.parse(invocation.positional(0)!)
        let (complaint, events) = try context.openRegister().complaintWithHistory(id)
        ComplaintPrinter(context: context).printDetail(complaint, events: events)
    }
}

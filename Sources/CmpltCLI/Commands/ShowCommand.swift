import CmpltCore

/// `cmplt show`: one complaint with its whole history.
enum ShowCommand: Command {
    static let spec = CommandSpec(
        "show", abstract: "Show one complaint with its whole history and its ratings.",
        arguments: [ArgumentSpec("id", help: "The complaint's id.")],
        examples: ["cmplt show 12", "cmplt show 12 --json | jq '.events | length'"])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let id = try ComplaintID.parse(invocation.positional(0)!)
        let register = try context.openRegister(humanDates: true)
        ComplaintPrinter(context: context).printDetail(try register.history(of: id), settings: try register.settings())
    }
}

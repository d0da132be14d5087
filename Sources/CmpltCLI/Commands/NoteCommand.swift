import CmpltCore

/// `cmplt note`: adds a note to a complaint's history.
enum NoteCommand: Command {
    static let spec = CommandSpec(
        "note", abstract: "Add a note to a complaint's history; its state does not change.",
        arguments: [
            ArgumentSpec("id", help: "The complaint's id."),
            ArgumentSpec("text", help: "The note; '-' reads it from standard input."),
        ],
        options: [SharedOptions.by],
        examples: ["cmplt note 12 'Called the customer; left a message'"])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let id = try ComplaintID.parse(invocation.positional(0)!)
        let text = invocation.positional(1) == "-" ? try context.readStandardInput() : invocation.positional(1)!
        let register = try context.openRegister()
        try register.addNote(id, text, actor: context.actor(invocation.value(SharedOptions.by)), now: context.now)
        try ComplaintPrinter(context: context).printChanged(try register.complaint(id), summary: "#\(id) note added")
    }
}

import CmpltCore

/// `cmplt backup`: a consistent copy of the register, taken while others keep writing.
enum BackupCommand: Command {
    static let spec = CommandSpec(
        "backup", abstract: "Copy the register to a new file, consistently, while others keep writing.",
        discussion:
            "Uses SQLite's online backup API: the copy is one consistent snapshot even while other cmplt processes record complaints. The file must not exist yet; it is created with mode 0600. Check a copy with 'cmplt --db FILE verify'.",
        arguments: [ArgumentSpec("file", help: "Where to write the copy (a new file).")],
        examples: ["cmplt backup /srv/backups/complaints-$(date +%F).db"])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let path = invocation.positional(0)!
        try context.openRegister().backUp(to: path)
        if context.options.format == .table, !context.options.quiet {
            context.print("backed up \(context.registerPath) to \(path)\n")
        }
    }
}

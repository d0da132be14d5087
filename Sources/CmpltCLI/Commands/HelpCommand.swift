/// `cmplt help`: help for cmplt or one of its commands.
enum HelpCommand: Command {
    static let spec = CommandSpec(
        "help", abstract: "Show help for cmplt or one of its commands.",
        arguments: [
            ArgumentSpec("command", help: "The command to explain.", optional: true),
            ArgumentSpec("subcommand", help: "Its subcommand, for commands that have them.", optional: true),
        ],
        examples: ["cmplt help advance", "cmplt help config set"])

    static func run(_ invocation: Invocation, in context: Context) throws {
        var path: [CommandSpec] = []
        var choices = CLI.commands.map { $0.spec }
        for name in invocation.positionals {
            guard let command = choices.first(where: { $0.name == name }) else {
                let hint =
                    EditDistance.suggestion(for: name, among: choices.map(\.name)).map { "; did you mean '\($0)'?" }
                    ?? ""
                throw UsageError("no help for '\(name)': no such command\(hint) (see 'cmplt help')")
            }
            path.append(command)
            choices = command.subcommands
        }
        context.print(CLI.helpFormatter.help(for: path))
    }
}

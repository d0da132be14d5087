/// `cmplt man`: prints the manual page, cmplt(1), in roff.
enum ManCommand: Command {
    static let spec = CommandSpec(
        "man", abstract: "Print the manual page (roff) for installing as cmplt.1.",
        discussion:
            "The page is made from the same declarations as the help: every command, option and subcommand, the environment, the files and the exit statuses. 'make install' installs it; to read it without installing: cmplt man | man -l -",
        examples: [
            "cmplt man | man -l -",
            "cmplt man > ~/.local/share/man/man1/cmplt.1",
        ])

    static func run(_ invocation: Invocation, in context: Context) throws {
        context.print(
            ManPage.render(commands: CLI.commands.map { $0.spec }, globals: GlobalOptions.specs, version: CLI.version))
    }
}

/// `cmplt completions`: prints a completion script for bash, zsh or fish.
enum CompletionsCommand: Command {
    static let shell = ArgumentSpec("shell", help: "The shell: bash, zsh or fish.")

    static let spec = CommandSpec(
        "completions", abstract: "Print a shell completion script for bash, zsh or fish.",
        discussion: """
            The script completes commands, subcommands, options, the values of options with a fixed set (--severity, --to, --format, …) and file names after --db. It is made from this cmplt's own declarations: make it again after upgrading. To install it:
            bash (with the bash-completion package): cmplt completions bash > ~/.local/share/bash-completion/completions/cmplt, or add 'source <(cmplt completions bash)' to ~/.bashrc.
            zsh: save it as a file named _cmplt in a folder on $fpath, e.g. cmplt completions zsh > ~/.zfunc/_cmplt, with 'fpath=(~/.zfunc $fpath)' before 'compinit' in ~/.zshrc.
            fish: cmplt completions fish > ~/.config/fish/completions/cmplt.fish
            """,
        arguments: [shell],
        examples: [
            "cmplt completions bash > ~/.local/share/bash-completion/completions/cmplt",
            "cmplt completions zsh > ~/.zfunc/_cmplt",
            "cmplt completions fish > ~/.config/fish/completions/cmplt.fish",
        ])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let name = invocation.positional(0)!
        guard let shell = CompletionScript.Shell(rawValue: name) else {
            let hint =
                EditDistance.suggestion(for: name, among: CompletionScript.Shell.names).map { "did you mean '\($0)'? " }
                ?? ""
            throw UsageError(
                "unknown shell '\(name)'; \(hint)expected one of: \(CompletionScript.Shell.names.joined(separator: ", "))"
            )
        }
        context.print(
            CompletionScript.script(for: shell, commands: CLI.commands.map { $0.spec }, globals: GlobalOptions.specs))
    }
}

/// A command's declaration: its name, what it does, its arguments, options and subcommands.
///
/// Help, usage lines, completions and the parser are all generated from it, so they agree.
struct CommandSpec: Sendable {
    let name: String
    /// One line: what the command does.
    let abstract: String
    /// Paragraphs shown after the overview in full help.
    let discussion: String
    let arguments: [ArgumentSpec]
    let options: [OptionSpec]
    let subcommands: [CommandSpec]
    /// Example invocations shown in help.
    let examples: [String]

    init(
        _ name: String, abstract: String, discussion: String = "", arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [], subcommands: [CommandSpec] = [], examples: [String] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.subcommands = subcommands
        self.examples = examples
    }

    /// The option called `--name`, if the command declares it.
    func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }

    /// The option called `-c`, if the command declares it.
    func option(short: Character) -> OptionSpec? {
        options.first { $0.short == short }
    }

    /// The subcommand called `name`, if any.
    func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }
}

/// Renders help text from command declarations, in the layout of swift-argument-parser:
/// OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS.
struct HelpFormatter {
    let commands: [CommandSpec]
    let globalOptions: [OptionSpec]
    /// Where descriptions start, so they line up.
    private let column = 28
    private let width = 92

    /// Help for the command at `path` (`[]` for the top level).
    func help(for path: [CommandSpec]) -> String {
        guard let command = path.last else { return overview() }
        var text = "OVERVIEW: \(command.abstract)\n"
        if !command.discussion.isEmpty { text += "\n" + wrap(command.discussion, indent: 0) }
        text += "\nUSAGE: \(usage(for: path))\n"
        if !command.arguments.isEmpty {
            text += "\nARGUMENTS:\n" + command.arguments.map { row("<\($0.name)>", $0.help) }.joined()
        }
        if !command.subcommands.isEmpty {
            text += "\nSUBCOMMANDS:\n" + command.subcommands.map { row($0.name, $0.abstract) }.joined()
        }
        if !command.options.isEmpty {
            text += "\nOPTIONS:\n" + command.options.map(optionRow).joined()
        }
        text += "\nGLOBAL OPTIONS:\n" + globalOptions.map(optionRow).joined()
        if !command.examples.isEmpty {
            text += "\nEXAMPLES:\n" + command.examples.map { "  \($0)\n" }.joined()
        }
        let more =
            command.subcommands.isEmpty
            ? "cmplt help" : "cmplt help \(path.map(\.name).joined(separator: " ")) <command>"
        text += "\nSee '\(more)' for more, or docs/cli.md.\n"
        return text
    }

    /// The one-line usage of the command at `path`.
    func usage(for path: [CommandSpec]) -> String {
        guard let command = path.last else { return "cmplt <command> [<options>]" }
        var parts = ["cmplt"] + path.map(\.name)
        if !command.subcommands.isEmpty { parts.append("<command>") }
        parts += command.arguments.map(\.synopsis)
        parts += command.options.filter(\.isRequired).map(\.synopsis)
        if command.options.contains(where: { !$0.isRequired }) { parts.append("[<options>]") }
        return parts.joined(separator: " ")
    }

    private func overview() -> String {
        var text = """
            OVERVIEW: cmplt — a complaints register for ISO 10002 handling and ISO 10004 \
            satisfaction monitoring.

            USAGE: cmplt <command> [<options>]

            COMMANDS:

            """
        text += commands.map { row($0.name, $0.abstract) }.joined()
        text += "\nGLOBAL OPTIONS:\n" + globalOptions.map(optionRow).joined()
        text += "\nSee 'cmplt help <command>' for a command's options, or docs/cli.md.\n"
        return text
    }

    private func optionRow(_ option: OptionSpec) -> String {
        var description = option.help
        if !option.choices.isEmpty { description += " (one of: \(option.choices.joined(separator: ", ")))" }
        if option.isRepeatable { description += " (repeatable)" }
        return row(option.label, description)
    }

    /// `  label      description`, the description wrapped and aligned at ``column``.
    private func row(_ label: String, _ description: String) -> String {
        let head = "  " + label
        let body = wrap(description, indent: column)
        if head.count + 2 <= column {
            return head + String(repeating: " ", count: column - head.count) + body.dropFirst(column)
        }
        return head + "\n" + body
    }

    /// Wraps `text` at word boundaries to ``width``, every line indented by `indent` spaces.
    private func wrap(_ text: String, indent: Int) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, indent + line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(line)
        }
        let padding = String(repeating: " ", count: indent)
        return lines.map { $0.isEmpty ? "" : padding + $0 }.joined(separator: "\n") + "\n"
    }
}

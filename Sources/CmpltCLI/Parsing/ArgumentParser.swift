/// Turns a command line into an ``Invocation`` using the command declarations.
///
/// Global options may stand before or after the command name. `--name value` and
/// `--name=value` are both accepted; `--` ends the options; `-` is an ordinary argument
/// (standard input), and so is a negative number.
struct ArgumentParser {
    let commands: [CommandSpec]
    let globalOptions: [OptionSpec]

    /// Parses `tokens` (the arguments after the program name).
    func parse(_ tokens: [String]) throws(UsageError) -> Invocation {
        var invocation = Invocation()
        invocation.helpRequested = tokens.prefix { $0 != "--" }.contains { $0 == "--help" || $0 == "-h" }
        var index = 0
        var optionsEnded = false
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if !optionsEnded, token == "--" {
                optionsEnded = true
            } else if !optionsEnded, token.hasPrefix("--") {
                try parseLongOption(token, tokens: tokens, index: &index, into: &invocation)
            } else if !optionsEnded, token.hasPrefix("-"), token.count > 1, Double(token) == nil {
                try parseShortOptions(token, into: &invocation)
            } else {
                try parsePositional(token, into: &invocation)
            }
        }
        if !invocation.helpRequested { try validate(invocation) }
        return invocation
    }

    private func options(of invocation: Invocation) -> [OptionSpec] {
        globalOptions + (invocation.command?.options ?? [])
    }

    private func parseLongOption(_ token: String, tokens: [String], index: inout Int, into invocation: inout Invocation)
        throws(UsageError)
    {
        let body = token.dropFirst(2)
        let name = String(body.prefix { $0 != "=" })
        let inlineValue = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
        guard let option = options(of: invocation).first(where: { $0.name == name }) else {
            if invocation.helpRequested { return }
            throw unknownOption("--" + name, in: invocation)
        }
        guard option.takesValue else {
            if inlineValue != nil { throw UsageError("--\(name) takes no value") }
            try store("", for: option, in: &invocation)
            return
        }
        let value: String
        if let inlineValue {
            value = inlineValue
        } else if index < tokens.count, !isOptionName(tokens[index], in: invocation) {
            value = tokens[index]
            index += 1
        } else {
            if invocation.helpRequested { return }
            throw UsageError("--\(name) needs a value: --\(name) <\(option.valueName!)>")
        }
        try store(value, for: option, in: &invocation)
    }

    private func parseShortOptions(_ token: String, into invocation: inout Invocation) throws(UsageError) {
        for letter in token.dropFirst() {
            guard let option = options(of: invocation).first(where: { $0.short == letter }), !option.takesValue else {
                if invocation.helpRequested { continue }
                throw unknownOption(token.count == 2 ? token : "-\(letter)", in: invocation)
            }
            try store("", for: option, in: &invocation)
        }
    }

    private func parsePositional(_ token: String, into invocation: inout Invocation) throws(UsageError) {
        guard let command = invocation.command else {
            guard let command = commands.first(where: { $0.name == token }) else {
                let hint =
                    EditDistance.suggestion(for: token, among: commands.map(\.name)).map { "; did you mean '\($0)'?" }
                    ?? ""
                throw UsageError("unknown command '\(token)'\(hint) (see 'cmplt help')")
            }
            invocation.path.append(command)
            return
        }
        if !command.subcommands.isEmpty {
            guard let subcommand = command.subcommand(named: token) else {
                let names = command.subcommands.map(\.name)
                let hint = EditDistance.suggestion(for: token, among: names).map { "did you mean '\($0)'? " } ?? ""
                throw UsageError(
                    "unknown '\(invocation.commandName)' command '\(token)'; \(hint)expected one of: \(names.joined(separator: ", "))"
                )
            }
            invocation.path.append(subcommand)
            return
        }
        invocation.positionals.append(token)
    }

    private func store(_ value: String, for option: OptionSpec, in invocation: inout Invocation) throws(UsageError) {
        if invocation.values[option.name] != nil, !option.isRepeatable {
            throw UsageError("--\(option.name) was given more than once; give it once")
        }
        if !option.choices.isEmpty, !option.choices.contains(value) {
            throw UsageError(
                "invalid value '\(value)' for --\(option.name); expected one of: \(option.choices.joined(separator: ", "))"
            )
        }
        invocation.values[option.name, default: []].append(value)
    }

    /// Whether `token` names an option of the invocation, so it cannot be another's value.
    private func isOptionName(_ token: String, in invocation: Invocation) -> Bool {
        guard token.hasPrefix("--") else { return false }
        let name = token.dropFirst(2).prefix { $0 != "=" }
        return options(of: invocation).contains { $0.name == name }
    }

    private func unknownOption(_ token: String, in invocation: Invocation) -> UsageError {
        let names = options(of: invocation).map { "--" + $0.name }
        let hint = EditDistance.suggestion(for: token, among: names).map { "; did you mean '\($0)'?" } ?? ""
        let scope = invocation.command == nil ? "" : " for '\(invocation.commandName)'"
        return UsageError("unknown option '\(token)'\(scope)\(hint) (see '\(helpCommand(for: invocation))')")
    }

    private func validate(_ invocation: Invocation) throws(UsageError) {
        guard let command = invocation.command else { return }
        if !command.subcommands.isEmpty {
            throw UsageError(
                "'\(invocation.commandName)' needs a command: one of \(command.subcommands.map(\.name).joined(separator: ", ")) (see '\(helpCommand(for: invocation))')"
            )
        }
        let required = command.arguments.filter { !$0.isOptional }
        if invocation.positionals.count < required.count {
            let missing = required[invocation.positionals.count]
            throw UsageError(
                "'\(invocation.commandName)' needs <\(missing.name)>: \(missing.help.hasSuffix(".") ? String(missing.help.dropLast()) : missing.help) (see '\(helpCommand(for: invocation))')"
            )
        }
        if invocation.positionals.count > command.arguments.count {
            let extra = invocation.positionals[command.arguments.count]
            let quoting = command.arguments.isEmpty ? "" : "; quote text that has spaces"
            throw UsageError("unexpected argument '\(extra)' for '\(invocation.commandName)'\(quoting)")
        }
        for option in command.options where option.isRequired && invocation.values[option.name] == nil {
            throw UsageError("'\(invocation.commandName)' needs --\(option.name) <\(option.valueName ?? "value")>")
        }
    }

    private func helpCommand(for invocation: Invocation) -> String {
        (["cmplt", "help"] + invocation.path.map(\.name)).joined(separator: " ")
    }
}

import CmpltCore

/// A parsed command line: which command (and subcommand) runs, with its options and arguments.
struct Invocation {
    /// The command and any subcommand, outermost first; empty for a bare `cmplt`.
    var path: [CommandSpec] = []
    /// Values by option name; a flag given once holds one empty value.
    var values: [String: [String]] = [:]
    var positionals: [String] = []
    /// Whether `-h`/`--help` was given anywhere.
    var helpRequested = false

    /// The command that runs: the innermost of ``path``.
    var command: CommandSpec? { path.last }

    /// How the command is written in messages: `cmplt config set`.
    var commandName: String {
        (["cmplt"] + path.map(\.name)).joined(separator: " ")
    }

    /// The value of a single-valued option, if given.
    func value(_ option: OptionSpec) -> String? {
        values[option.name]?.last
    }

    /// Every value of a repeatable option, in the order given.
    func values(_ option: OptionSpec) -> [String] {
        values[option.name] ?? []
    }

    /// Whether a flag was given.
    func flag(_ option: OptionSpec) -> Bool {
        values[option.name] != nil
    }

    /// The value of an enumerated option as its vocabulary type.
    func choice<T: Vocabulary>(_ option: OptionSpec, as type: T.Type) throws(UsageError) -> T? {
        guard let text = value(option) else { return nil }
        return try Self.parseChoice(text, for: option, as: type)
    }

    /// Every value of a repeatable enumerated option.
    func choices<T: Vocabulary>(_ option: OptionSpec, as type: T.Type) throws(UsageError) -> [T] {
        var result: [T] = []
        for text in values(option) { result.append(try Self.parseChoice(text, for: option, as: type)) }
        return result
    }

    /// The value of an option holding a whole number within `range`.
    func integer(_ option: OptionSpec, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let text = value(option) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError(
                "invalid value '\(text)' for --\(option.name); expected a whole number from \(range.lowerBound) to \(range.upperBound)"
            )
        }
        return number
    }

    /// The value of a date option, parsed in the local zone; dates more than five minutes
    /// ahead of `now` are refused.
    func date(_ option: OptionSpec, now: Timestamp) throws(UsageError) -> DateInput? {
        guard let text = value(option) else { return nil }
        do {
            let date = try DateParser.parse(text, now: now, zone: .local)
            try date.ensureNotInFuture(now: now)
            return date
        } catch {
            throw UsageError("invalid value for --\(option.name): \(error)")
        }
    }

    /// Positional argument `index`, if given.
    func positional(_ index: Int) -> String? {
        index < positionals.count ? positionals[index] : nil
    }

    private static func parseChoice<T: Vocabulary>(_ text: String, for option: OptionSpec, as type: T.Type)
        throws(UsageError) -> T
    {
        guard let value = T(rawValue: text) else {
            throw UsageError(
                "invalid value '\(text)' for --\(option.name); expected one of: \(T.names.joined(separator: ", "))")
        }
        return value
    }
}

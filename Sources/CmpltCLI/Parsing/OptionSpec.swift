/// One option a command accepts, declared once: parsing, help and error messages all read it.
struct OptionSpec: Sendable {
    /// The long name without dashes: `severity` for `--severity`.
    let name: String
    /// A one-letter short form, such as `q` for `-q`.
    let short: Character?
    /// What the value is called in help (`<date>`); `nil` for a flag that takes no value.
    let valueName: String?
    let help: String
    /// Whether the option may be given more than once, each value kept.
    let isRepeatable: Bool
    /// Whether the command cannot run without it.
    let isRequired: Bool
    /// The valid values of an enumerated option, listed in help and in errors.
    let choices: [String]

    init(
        _ name: String, short: Character? = nil, value valueName: String? = nil, help: String,
        repeatable: Bool = false, required: Bool = false, choices: [String] = []
    ) {
        self.name = name
        self.short = short
        self.valueName = valueName
        self.help = help
        self.isRepeatable = repeatable
        self.isRequired = required
        self.choices = choices
    }

    /// Whether the option takes a value.
    var takesValue: Bool { valueName != nil }

    /// How the option is written in usage lines: `--channel <channel>`.
    var synopsis: String {
        valueName.map { "--\(name) <\($0)>" } ?? "--\(name)"
    }

    /// How the option is written in the help's option list: `-q, --quiet`.
    var label: String {
        (short.map { "-\($0), " } ?? "") + synopsis
    }
}

/// One positional argument of a command.
struct ArgumentSpec: Sendable {
    /// What the argument is called in help: `id` is shown as `<id>`.
    let name: String
    let help: String
    let isOptional: Bool

    init(_ name: String, help: String, optional: Bool = false) {
        self.name = name
        self.help = help
        self.isOptional = optional
    }

    /// How the argument is written in usage lines: `<id>` or `[<text>]`.
    var synopsis: String {
        isOptional ? "[<\(name)>]" : "<\(name)>"
    }
}

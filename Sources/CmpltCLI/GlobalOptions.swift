import CmpltCore

/// The options every command accepts, before or after its name.
struct GlobalOptions {
    static let db = OptionSpec(
        "db", value: "path", help: "The register file (else $CMPLT_DB, else $XDG_DATA_HOME/cmplt/cmplt.db).")
    static let format = OptionSpec(
        "format", value: "format", help: "Output format; markdown and html are for 'cmplt report'.",
        choices: OutputFormat.names + DocumentFormat.names)
    static let json = OptionSpec("json", help: "Short for --format json.")
    static let noColor = OptionSpec("no-color", help: "No colour in human output (also: NO_COLOR set).")
    static let quiet = OptionSpec("quiet", short: "q", help: "Print nothing but data and errors.")
    static let help = OptionSpec("help", short: "h", help: "Show help for the command.")
    static let version = OptionSpec("version", help: "Print cmplt's version.")

    /// All of them, in help order.
    static let specs = [db, format, json, noColor, quiet, help, version]

    /// `--db`, if given.
    var databasePath: String?
    var format: OutputFormat
    /// Whether `--format` or `--json` was given, rather than the default.
    var formatIsExplicit: Bool
    /// A whole-document format (`report` only); `format` is then `table`.
    var document: DocumentFormat?
    var noColor: Bool
    var quiet: Bool

    /// Reads the global options of `invocation`.
    init(_ invocation: Invocation) throws(UsageError) {
        databasePath = invocation.value(Self.db)
        if databasePath?.isEmpty == true { throw UsageError("--db needs a path, not an empty value") }
        if let text = invocation.value(Self.format), let document = DocumentFormat(rawValue: text) {
            guard invocation.command?.name == "report" else {
                throw UsageError(
                    "--format \(text) is only for 'cmplt report'; expected one of: \(OutputFormat.names.joined(separator: ", "))"
                )
            }
            self.document = document
        }
        let explicit = document == nil ? try invocation.choice(Self.format, as: OutputFormat.self) : nil
        if invocation.flag(Self.json), let explicit, explicit != .json {
            throw UsageError("--json and --format \(explicit.rawValue) disagree; give one of them")
        }
        format = invocation.flag(Self.json) ? .json : explicit ?? .table
        formatIsExplicit = invocation.flag(Self.json) || explicit != nil
        noColor = invocation.flag(Self.noColor)
        quiet = invocation.flag(Self.quiet)
    }
}

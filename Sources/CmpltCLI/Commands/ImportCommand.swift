import CmpltCore
import Glibc

/// `cmplt import`: records complaints in bulk from CSV or JSON Lines, history included.
enum ImportCommand: Command {
    static let dryRun = OptionSpec("dry-run", help: "Check every row and write nothing.")
    static let ignoreUnknown = OptionSpec("ignore-unknown", help: "Ignore columns that are not complaint keys.")
    static let skipExisting = OptionSpec("skip-existing", help: "Skip rows whose ref is already in the register.")

    static let spec = CommandSpec(
        "import", abstract: "Record complaints in bulk from CSV or JSON Lines, with their history.",
        discussion:
            "Columns (CSV header) or keys (JSON Lines) are the complaint object's: description, channel and category are required; received_at defaults to now; acknowledged_at, responded_at, closed_at, resolution, upheld, outcome and state become the events that would have produced them. id, due dates, overdue, reopened and events are ignored. The format is --format csv|jsonl, else the file's extension, else a guess from the first byte. All or nothing: one bad row and nothing is written (exit 5); the first 20 bad rows are listed by line and column.",
        arguments: [ArgumentSpec("file", help: "The file to read; '-' reads standard input.")],
        options: [dryRun, ignoreUnknown, skipExisting, SharedOptions.by],
        examples: [
            "cmplt import history.csv", "cmplt import --dry-run complaints.jsonl",
            "curl -s https://forms.example/export | cmplt import - --format jsonl --skip-existing",
        ])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let path = invocation.positional(0)!
        let format = try inputFormat(context.options)
        let options = ImportOptions(
            dryRun: invocation.flag(dryRun), ignoreUnknown: invocation.flag(ignoreUnknown),
            skipExisting: invocation.flag(skipExisting))
        var source = try ImportSource(path: path, format: format)
        let register = try options.dryRun ? existingOrScratchRegister(context) : context.openRegister(creating: true)
        let progress = ProgressLine(enabled: isatty(2) == 1 && !context.options.quiet)
        let summary = try register.importComplaints(
            options: options, actor: context.actor(invocation.value(SharedOptions.by)), now: context.now,
            progress: { rows in progress.update(rows: rows, fraction: source.fractionRead) },
            { try source.next() })
        progress.finish()
        guard summary.badRows == 0 else {
            for problem in summary.problems { CLI.reportError("\(source.name): \(problem)") }
            let more = summary.badRows - summary.problems.count
            throw CmpltError.badData(
                "\(summary.badRows) bad row\(summary.badRows == 1 ? "" : "s") in \(source.name)"
                    + (more > 0 ? " (\(more) not listed)" : "") + "; nothing was imported")
        }
        if !context.options.quiet {
            let verb = options.dryRun ? "would import" : "imported"
            let skipped = summary.skipped > 0 ? ", skipped \(summary.skipped) already present" : ""
            context.print(
                "\(verb) \(summary.imported) complaint\(summary.imported == 1 ? "" : "s") from \(source.name)\(skipped)\n"
            )
        }
    }

    /// The input format `--format` names, if it was given.
    private static func inputFormat(_ options: GlobalOptions) throws(UsageError) -> ImportFormat? {
        guard options.formatIsExplicit else { return nil }
        guard let format = ImportFormat(rawValue: options.format.rawValue) else {
            throw UsageError(
                "import reads csv or jsonl, not \(options.format.rawValue); give --format csv or --format jsonl")
        }
        return format
    }

    /// A dry run checks against the register when there is one, else against an empty one in
    /// memory: it never creates the file.
    private static func existingOrScratchRegister(_ context: Context) throws(CmpltError) -> Register {
        guard access(context.registerPath, F_OK) == 0 else { return try Register.inMemory() }
        return try context.openRegister()
    }
}

import CmpltCore

/// `cmplt verify`: proves the register is sound and its history unchanged.
enum VerifyCommand: Command {
    static let head = OptionSpec("head", help: "Print only the chain head (the newest event's hash), for publishing.")

    static let spec = CommandSpec(
        "verify", abstract: "Check the register's integrity, its hash chain and every complaint against its history.",
        discussion:
            "Runs SQLite's integrity and foreign-key checks, recomputes the SHA-256 chain over every event (naming the first event where it breaks), checks the digests of erasable values, and replays each complaint's events against its row (state, lifecycle times, reopenings, edited fields, due dates). Exit 0 when everything holds, 1 with a line per violation otherwise. With --head it prints the chain head: publish or archive it, and a later verify that still contains that event and hash proves the history up to it was not rewritten.",
        options: [head],
        examples: ["cmplt verify", "cmplt verify --head >> published-heads.txt", "cmplt --db backup.db verify --json"])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let register = try context.openRegister()
        if invocation.flag(head) {
            let head = try register.chainHeadNow()
            switch context.options.format {
            case .table: context.print("\(head.event) \(head.hash)\n")
            default:
                context.print(
                    JSONValue.object([("event", .int(head.event)), ("hash", .string(head.hash))]).serialized() + "\n")
            }
            return
        }
        let result = try register.verify()
        switch context.options.format {
        case .table:
            for violation in result.violations { context.print("\(violation)\n") }
            if result.isValid, !context.options.quiet {
                context.print(
                    "ok: \(result.complaints) complaints, \(result.events) events; chain head #\(result.head.event) \(result.head.hash)\n"
                )
            }
        default:
            let document = JSONValue.object([
                ("ok", .bool(result.isValid)), ("complaints", .int(Int64(result.complaints))),
                ("events", .int(Int64(result.events))),
                ("head", .object([("event", .int(result.head.event)), ("hash", .string(result.head.hash))])),
                ("violation_count", .int(Int64(result.violationCount))),
                (
                    "violations",
                    .array(
                        result.violations.map {
                            .object([
                                ("complaint", .optional($0.complaint)), ("event", .optional($0.event)),
                                ("message", .string($0.message)),
                            ])
                        })
                ),
            ])
            context.print(document.serialized(pretty: context.options.format == .json) + "\n")
        }
        guard result.isValid else {
            let more = result.violationCount - result.violations.count
            throw CmpltError.failure(
                "\(result.violationCount) violation\(result.violationCount == 1 ? "" : "s") in \(context.registerPath)"
                    + (more > 0 ? " (\(more) not listed)" : ""))
        }
    }
}

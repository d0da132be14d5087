import Foundation
import Testing

/// Standard input for a case.
enum CaseInput: Sendable {
    /// This text.
    case text(String)
    /// `count` copies of `byte`.
    case repeated(UInt8, count: Int)
    /// These bytes, which need not be UTF-8.
    case bytes([UInt8])

    var data: Data {
        switch self {
        case .text(let text): Data(text.utf8)
        case .repeated(let byte, let count): Data(repeating: byte, count: count)
        case .bytes(let bytes): Data(bytes)
        }
    }
}

/// Which register a case runs against.
enum CaseRegister: Sendable {
    /// The prepared register, passed as `--db` before the case's arguments.
    case prepared
    /// A path in the sandbox where no file exists (`missing.db`), passed as `--db`.
    case missing
    /// No `--db` is added: the case's arguments say everything (the prepared register's
    /// file is still in place and still checked).
    case none
}

/// One malformed invocation and the exit code the contract gives it.
struct MalformedCase: Sendable, CustomTestStringConvertible {
    let name: String
    /// The arguments after `--db PATH`; `{dir}` stands for the sandbox folder.
    var arguments: [String] = []
    /// A `/bin/sh -c` script run instead of `arguments`: `$0` is cmplt, `$1` the register, `$2` the folder.
    var script: String?
    var stdin: CaseInput?
    /// Files written into the sandbox folder before the run, by name.
    var files: [String: CaseInput] = [:]
    var register: CaseRegister = .prepared
    let status: Int32
    /// Import's bad-row listing: several lines, each starting `cmplt: `.
    var severalLines = false

    var testDescription: String { "\(name) → exit \(status)" }
}

private func usage(_ name: String, _ arguments: String...) -> MalformedCase {
    MalformedCase(name: name, arguments: arguments, status: 2)
}

private func notFound(_ name: String, _ arguments: String...) -> MalformedCase {
    MalformedCase(name: name, arguments: arguments, status: 3)
}

private func refused(_ name: String, _ arguments: String...) -> MalformedCase {
    MalformedCase(name: name, arguments: arguments, status: 4)
}

/// A case run by `/bin/sh -c script cmplt REGISTER FOLDER`.
private func shell(_ name: String, status: Int32, _ script: String) -> MalformedCase {
    MalformedCase(name: name, script: script, status: status)
}

/// `cmplt import FILE` of a file holding `content`.
private func importing(
    _ name: String, file: String, _ content: String, status: Int32 = 5, severalLines: Bool = false,
    extra: [String] = []
) -> MalformedCase {
    MalformedCase(
        name: name, arguments: ["import"] + extra + ["{dir}/\(file)"], files: [file: .text(content)],
        status: status, severalLines: severalLines)
}

/// A description over the 1 MiB limit.
private let twoMiB = 2 << 20

private let malformedCases: [MalformedCase] = [
    // MARK: Unknown commands
    usage("unknown command", "frobnicate"),
    usage("near miss of log", "lgo", "x", "--channel", "web", "--category", "a"),
    usage("command in capitals", "LOG", "x", "--channel", "web", "--category", "a"),
    usage("near miss of advance", "advnace", "3"),
    usage("singular of states", "state"),
    usage("unknown config subcommand", "config", "frob", "target.acknowledge"),
    usage("near miss of config subcommand", "config", "gte", "target.acknowledge"),
    usage("config without subcommand", "config"),
    usage("help for an unknown command", "help", "frobnicate"),
    usage("an option as the command", "-x"),

    // MARK: Unknown flags
    usage("unknown flag on states", "states", "--verbose"),
    usage("near miss of --severity", "log", "x", "--channel", "web", "--category", "a", "--sevrity", "low"),
    usage("near miss of --to", "advance", "3", "--too", "responded"),
    usage("near miss of --state", "list", "--stat", "received"),
    usage("single-dash long flag", "list", "-open"),
    usage("unknown short flag", "list", "-x"),
    usage("unknown letter in a short group", "list", "-qz"),
    usage("near miss of --json", "--jsn", "list"),
    usage("flag of another command", "show", "1", "--to", "closed"),
    usage("a flag given a value with =", "list", "--open=yes"),
    usage("--redact given a value", "export", "--redact=1"),
    usage("unexpected extra argument", "show", "1", "2"),
    usage("argument to a command that takes none", "states", "extra"),
    usage("an option after -- is an argument", "list", "--", "--open"),

    // MARK: Missing values
    usage("--channel without value", "log", "x", "--category", "a", "--channel"),
    usage("--category without value", "log", "x", "--channel", "web", "--category"),
    usage("--to without value", "advance", "3", "--to"),
    usage("--to followed by another option", "advance", "3", "--to", "--note", "x"),
    usage("--limit without value", "list", "--limit"),
    usage("--score without value", "rate", "5", "--score"),
    usage("--period without value", "report", "--period"),
    usage("--format without value", "list", "--format"),
    usage("--at without value", "advance", "2", "--at"),
    usage("--db without value", "list", "--db"),

    // MARK: Missing required arguments
    usage("advance without id", "advance"),
    usage("show without id", "show"),
    usage("note without text", "note", "1"),
    usage("note without anything", "note"),
    usage("edit without a field", "edit", "1"),
    usage("edit without id", "edit"),
    usage("rate without --score", "rate", "5"),
    usage("log without --channel", "log", "x", "--category", "a"),
    usage("log without --category", "log", "x", "--channel", "web"),
    usage("log without description and no piped input", "log", "--channel", "web", "--category", "a"),
    usage("import without file", "import"),
    usage("config get without key", "config", "get"),
    usage("config set without value", "config", "set", "target.acknowledge"),
    usage("config set without key", "config", "set"),

    // MARK: Bad values of enumerated options
    usage("unknown severity", "log", "x", "--channel", "web", "--category", "a", "--severity", "urgent"),
    usage("severity in capitals", "log", "x", "--channel", "web", "--category", "a", "--severity", "LOW"),
    usage("empty severity", "log", "x", "--channel", "web", "--category", "a", "--severity", ""),
    usage("unknown severity on advance", "advance", "3", "--severity", "severe"),
    usage("unknown severity on edit", "edit", "1", "--severity", "extreme"),
    usage("unknown severity filter", "list", "--severity", "medium-high"),
    usage("unknown --to state", "advance", "3", "--to", "nowhere"),
    usage("--to in capitals", "advance", "3", "--to", "Closed"),
    usage("--to an abbreviation", "advance", "3", "--to", "ack"),
    usage("empty --to", "advance", "3", "--to", ""),
    usage("unknown --upheld", "advance", "3", "--resolution", "Refunded", "--upheld", "maybe"),
    usage("--upheld as a boolean", "advance", "3", "--resolution", "Refunded", "--upheld", "true"),
    usage("unknown --outcome", "advance", "4", "--to", "closed", "--outcome", "happy"),
    usage("--outcome with underscore", "advance", "4", "--to", "closed", "--outcome", "no_reply"),
    usage("empty --outcome", "advance", "4", "--to", "closed", "--outcome", ""),
    usage("unknown --state filter", "list", "--state", "open"),
    usage("second --state unknown", "list", "--state", "received", "--state", "bogus"),
    usage("unknown --state on export", "export", "--state", "pending"),
    usage("unknown --format", "--format", "xml", "list"),
    usage("--format in capitals", "list", "--format", "JSON"),
    usage("document format outside report", "list", "--format", "markdown"),
    usage("export as a table", "export", "--format", "table"),
    usage("import as tsv", "import", "--format", "tsv", "{dir}/none.tsv"),
    usage("unknown --period", "report", "--period", "fortnight"),
    usage("--period in capitals", "report", "--period", "Month"),
    usage("unknown --by dimension", "report", "--by", "colour"),
    usage("empty --by dimension", "report", "--by", ""),
    usage("unknown config key", "config", "get", "target.response.urgent"),
    usage("near miss of config key", "config", "set", "target.acknowledgement", "2d"),
    usage("unset of unknown config key", "config", "unset", "colour"),
    usage("bad weight key", "config", "set", "weight.bad!name", "2"),
    usage("calendar system unknown", "config", "set", "calendar.system", "julian"),
    usage("week start unknown", "config", "set", "calendar.week_start", "funday"),
    usage("weekend of unknown day", "config", "set", "calendar.weekend", "sat,blursday"),
    usage("weekend of every day", "config", "set", "calendar.weekend", "mon,tue,wed,thu,fri,sat,sun"),
    usage("target duration unit unknown", "config", "set", "target.acknowledge", "5x"),
    usage("target duration without number", "config", "set", "target.response.low", "d"),
    usage("target duration overflowing", "config", "set", "target.response.high", "99999999999999999999d"),
    usage("weight not a number", "config", "set", "weight.speed", "heavy"),
    usage("weight negative", "config", "set", "weight.speed", "-3"),
    usage("score zero", "rate", "5", "--score", "0"),
    usage("score six", "rate", "5", "--score", "6"),
    usage("score fractional", "rate", "5", "--score", "4.5"),
    usage("score words", "rate", "5", "--score", "good"),
    usage("nps eleven", "rate", "5", "--score", "4", "--nps", "11"),
    usage("nps negative", "rate", "5", "--score", "4", "--nps", "-1"),
    usage("effort zero", "rate", "5", "--score", "4", "--effort", "0"),
    usage("attribute score out of range", "rate", "5", "--score", "4", "--attr", "speed=9"),
    usage("attribute without name", "rate", "5", "--score", "4", "--attr", "=3"),
    usage("attribute without score", "rate", "5", "--score", "4", "--attr", "speed"),
    usage("limit negative", "list", "--limit", "-1"),
    usage("limit words", "list", "--limit", "ten"),
    usage("limit overflowing", "list", "--limit", "99999999999999999999"),
    usage("sort by unknown field", "list", "--sort", "colour"),
    usage("--rated with --unrated", "list", "--rated", "--unrated"),

    // MARK: Impossible, malformed and future dates
    usage("30 February", "log", "x", "--channel", "web", "--category", "a", "--received-at", "2026-02-30"),
    usage("month 13", "log", "x", "--channel", "web", "--category", "a", "--received-at", "2026-13-01"),
    usage("hour 25", "log", "x", "--channel", "web", "--category", "a", "--received-at", "2026-03-01T25:00"),
    usage(
        "offset +15:00", "log", "x", "--channel", "web", "--category", "a", "--received-at", "2026-03-01T10:00:00+15:00"
    ),
    usage("garbage date", "log", "x", "--channel", "web", "--category", "a", "--received-at", "garbage"),
    usage("empty date", "log", "x", "--channel", "web", "--category", "a", "--received-at", ""),
    usage("future received date", "log", "x", "--channel", "web", "--category", "a", "--received-at", "2999-01-01"),
    usage("29 February of a common year", "advance", "2", "--at", "2026-02-29"),
    usage("minute 60", "advance", "2", "--at", "2026-03-04T10:60"),
    usage("second 61", "advance", "2", "--at", "2026-03-04T10:00:61Z"),
    usage("offset minutes 60", "advance", "2", "--at", "2026-03-04T10:00:00+03:60"),
    usage("tomorrow", "advance", "2", "--at", "tomorrow"),
    usage("future move", "advance", "2", "--at", "2999-12-31T23:59:59Z"),
    usage("31 April for a rating", "rate", "5", "--score", "4", "--at", "2026-04-31"),
    usage("future rating", "rate", "5", "--score", "4", "--at", "2100-01-01T00:00:00Z"),
    usage("--since day zero", "list", "--since", "2026-03-00"),
    usage("--until time only", "list", "--until", "26:00"),
    usage("--since slashes", "report", "--since", "01/03/2026"),
    usage("--until in the future", "report", "--until", "2999-01-01"),
    usage("--since garbage on export", "export", "--since", "last tuesday"),
    usage("age in years", "list", "--since", "3y"),
    usage("age zero", "advance", "2", "--at", "0d"),
    usage(
        "age overflowing 64 bits", "log", "x", "--channel", "web", "--category", "a", "--received-at",
        "99999999999999999999d"),
    usage("age in hours before year 1", "list", "--since", "9223372036854775807h"),
    usage("age in weeks before year 1", "report", "--since", "999999999999w"),
    usage("age in days before year 1", "export", "--until", "99999999999d"),

    // MARK: Huge and empty values
    MalformedCase(
        name: "2 MiB description on stdin", arguments: ["log", "-", "--channel", "web", "--category", "a"],
        stdin: .repeated(UInt8(ascii: "a"), count: twoMiB), status: 2),
    MalformedCase(
        name: "description one byte over 1 MiB", arguments: ["log", "-", "--channel", "web", "--category", "a"],
        stdin: .repeated(UInt8(ascii: "b"), count: (1 << 20) + 1), status: 2),
    MalformedCase(
        name: "2 MiB note on stdin", arguments: ["note", "1", "-"],
        stdin: .repeated(UInt8(ascii: "n"), count: twoMiB), status: 2),
    usage("empty description", "log", "", "--channel", "web", "--category", "a"),
    usage("blank description", "log", "   ", "--channel", "web", "--category", "a"),
    MalformedCase(
        name: "empty description on stdin", arguments: ["log", "-", "--channel", "web", "--category", "a"],
        stdin: .text("\n\n"), status: 2),
    usage("empty channel", "log", "x", "--channel", "", "--category", "a"),
    usage("empty category", "log", "x", "--channel", "web", "--category", ""),
    usage("channel with a line break", "log", "x", "--channel", "web\nphone", "--category", "a"),
    usage("empty tag", "log", "x", "--channel", "web", "--category", "a", "--tag", ""),
    usage("tag with the separator", "log", "x", "--channel", "web", "--category", "a", "--tag", "a;b"),
    usage("empty note", "note", "1", ""),
    usage("empty note on a move", "advance", "2", "--note", ""),
    usage("empty resolution", "advance", "3", "--to", "responded", "--resolution", "", "--upheld", "yes"),
    usage("empty category by edit", "edit", "1", "--category", ""),
    usage("blank channel by edit", "edit", "1", "--channel", " "),
    usage("empty rating comment", "rate", "5", "--score", "4", "--comment", ""),
    usage("empty target", "config", "set", "target.acknowledge", ""),
    MalformedCase(name: "empty --db path", arguments: ["--db", "", "list"], register: .none, status: 2),

    // MARK: Malformed complaint ids
    usage("id zero", "show", "0"),
    usage("id negative", "show", "-1"),
    usage("id words", "show", "one"),
    usage("id fractional", "advance", "1.5"),
    usage("id hexadecimal", "note", "0x1", "text"),
    usage("id with a space", "show", " 1"),
    usage("id with 20 digits", "show", "99999999999999999999"),
    usage("id just #", "show", "#"),
    usage("id #0", "edit", "#0", "--category", "b"),
    usage("id #-1", "rate", "#-1", "--score", "3"),
    usage("id in fullwidth digits", "show", "１"),
    usage("empty id", "show", ""),

    // MARK: Flags given twice
    usage("--channel twice", "log", "x", "--channel", "web", "--channel", "email", "--category", "a"),
    usage("--to twice", "advance", "3", "--to", "responded", "--to", "closed"),
    usage("--limit twice", "list", "--limit", "1", "--limit", "2"),
    usage("--json twice", "--json", "list", "--json"),
    usage("--quiet twice", "-q", "list", "--quiet"),
    usage("--period twice", "report", "--period", "week", "--period", "month"),
    usage("--score twice", "rate", "5", "--score", "3", "--score", "4"),
    usage("--db twice", "list", "--db", "{dir}/other.db"),

    // MARK: Contradictory formats
    usage("--json with --format csv", "--json", "--format", "csv", "list"),
    usage("--format tsv with --json", "list", "--format", "tsv", "--json"),
    usage("--json with --format jsonl on show", "show", "1", "--json", "--format", "jsonl"),

    // MARK: Invalid UTF-8
    shell(
        "invalid UTF-8 description", status: 2,
        #"exec "$0" --db "$1" log "$(printf '\377\376')" --channel web --category x"#),
    shell("truncated UTF-8 category filter", status: 2, #"exec "$0" --db "$1" list --category "$(printf 'caf\303')""#),
    shell("invalid UTF-8 id", status: 2, #"exec "$0" --db "$1" show "$(printf '\2001')""#),
    shell("invalid UTF-8 command", status: 2, #"exec "$0" --db "$1" "$(printf 'l\377g')""#),
    shell("encoded surrogate in a note", status: 2, #"exec "$0" --db "$1" note 1 "$(printf 'ok \355\240\200')""#),
    shell("invalid UTF-8 actor", status: 2, #"exec "$0" --db "$1" advance 2 --by "$(printf '\377')""#),
    shell(
        "invalid UTF-8 on standard input", status: 2,
        #"printf 'bad \377 bytes' | "$0" --db "$1" log - --channel web --category x"#),

    // MARK: Guards and refused moves (exit 4)
    refused("assessing without severity", "advance", "1", "--to", "assessed"),
    refused("responding without resolution and decision", "advance", "3", "--to", "responded"),
    refused("responding without decision", "advance", "3", "--to", "responded", "--resolution", "Refunded"),
    refused("responding without resolution", "advance", "3", "--to", "responded", "--upheld", "yes"),
    refused("closing without outcome", "advance", "4", "--to", "closed"),
    refused(
        "closing early with an outcome other than withdrawn", "advance", "1", "--to", "closed", "--outcome", "accepted"),
    refused("advancing a closed complaint without --to", "advance", "5"),
    refused("closed straight to responded", "advance", "5", "--to", "responded"),
    refused("moving backwards", "advance", "2", "--to", "received"),
    refused("escalated to acknowledged", "advance", "6", "--to", "acknowledged"),
    refused("escalating a new complaint", "advance", "1", "--to", "escalated"),
    refused("responded to responded", "advance", "4", "--to", "responded", "--resolution", "Again", "--upheld", "no"),
    refused("backdating before the latest move", "advance", "2", "--at", "2026-03-02T12:00:00Z"),
    refused("duplicate ref at log", "log", "x", "--channel", "web", "--category", "a", "--ref", "TCK-1"),
    refused("duplicate ref by edit", "edit", "2", "--ref", "TCK-1"),

    // MARK: Missing complaints and registers (exit 3)
    notFound("show a missing complaint", "show", "99"),
    notFound("show the largest id", "show", "9223372036854775807"),
    notFound("show a missing complaint written with #", "show", "#42"),
    notFound("advance a missing complaint", "advance", "99", "--to", "acknowledged"),
    notFound("note on a missing complaint", "note", "99", "text"),
    notFound("edit a missing complaint", "edit", "99", "--category", "b"),
    notFound("rate a missing complaint", "rate", "99", "--score", "3"),
    MalformedCase(name: "list without register", arguments: ["list"], register: .missing, status: 3),
    MalformedCase(name: "show without register", arguments: ["show", "1"], register: .missing, status: 3),
    MalformedCase(name: "report without register", arguments: ["report"], register: .missing, status: 3),
    MalformedCase(name: "export without register", arguments: ["export"], register: .missing, status: 3),
    MalformedCase(name: "advance without register", arguments: ["advance", "1"], register: .missing, status: 3),
    MalformedCase(
        name: "rate without register", arguments: ["rate", "1", "--score", "3"], register: .missing, status: 3),

    // MARK: Malformed import files (exit 5, nothing imported)
    importing("unterminated quote", file: "quote.csv", "description,channel,category\n\"never closed,web,a\n"),
    MalformedCase(
        name: "invalid UTF-8 in CSV", arguments: ["import", "{dir}/bytes.csv"],
        files: [
            "bytes.csv": .bytes(
                Array("description,channel,category\nok,web,a\n".utf8) + [0xFF, 0xFE] + Array(",web,a\n".utf8))
        ],
        status: 5),
    importing("invalid JSON line", file: "cut.jsonl", "{\"description\": \"x\", \"channel\":\n"),
    importing("JSON array instead of object", file: "array.jsonl", "[1, 2]\n"),
    importing(
        "JSON line with trailing garbage", file: "trail.jsonl",
        "{\"description\":\"x\",\"channel\":\"web\",\"category\":\"a\"}\n{\"description\":\"y\",\"channel\":\"web\",\"category\":\"a\"}junk\n"
    ),
    importing("duplicate header column", file: "dupcol.csv", "description,description,channel,category\nx,y,web,a\n"),
    importing("missing category column", file: "nocat.csv", "description,channel\nx,web\n", severalLines: true),
    importing(
        "unknown column", file: "colour.csv", "description,channel,category,colour\nx,web,a,red\n", severalLines: true),
    importing("too few fields", file: "short.csv", "description,channel,category\nx,web\n", severalLines: true),
    importing(
        "bad severity row", file: "sev.csv", "description,channel,category,severity\nx,web,a,urgent\n",
        severalLines: true),
    importing(
        "impossible and future dates", file: "dates.csv",
        "description,channel,category,received_at\nx,web,a,2026-02-30\ny,web,a,2999-01-01\n", severalLines: true),
    importing(
        "unknown state", file: "state.csv", "description,channel,category,state\nx,web,a,open\n", severalLines: true),
    importing(
        "ref already in the register", file: "ref.csv", "description,channel,category,ref\nx,web,a,TCK-1\n",
        severalLines: true),
    importing(
        "ref repeated in the file", file: "reps.csv", "description,channel,category,ref\nx,web,a,R1\ny,web,a,R1\n",
        severalLines: true),
    importing(
        "closed without closing date", file: "closed.csv", "description,channel,category,state\nx,web,a,closed\n",
        severalLines: true),
    importing(
        "bad rows in a dry run", file: "dry.csv", "description,channel,category,upheld\nx,web,a,perhaps\n",
        severalLines: true, extra: ["--dry-run"]),
    MalformedCase(
        name: "2 MiB description in an import", arguments: ["import", "{dir}/huge.csv"],
        files: [
            "huge.csv": .text("description,channel,category\n" + String(repeating: "h", count: twoMiB) + ",web,a\n")
        ],
        status: 5, severalLines: true),
    MalformedCase(name: "import file missing", arguments: ["import", "{dir}/absent.csv"], status: 1),
    MalformedCase(name: "import a folder", arguments: ["import", "{dir}"], status: 1),
]

/// The prepared register's bytes: made once, copied into each case's sandbox.
///
/// | id | state | notes |
/// |---|---|---|
/// | 1 | received | no severity, tag vip |
/// | 2 | acknowledged | low; received 2026-03-02 09:00Z, acknowledged 2026-03-03 10:00Z |
/// | 3 | investigating | medium |
/// | 4 | responded | high |
/// | 5 | closed | ref TCK-1, rated 4 |
/// | 6 | escalated | low |
private let preparedRegister: Result<Data, any Error> = Result {
    let sandbox = try Sandbox()
    func run(_ arguments: String...) throws {
        let result = try sandbox.run(["--db", sandbox.database] + arguments)
        guard result.status == 0 else { throw SandboxError("preparing: \(arguments) failed: \(result.stderr)") }
    }
    try run("log", "Parcel lost", "--channel", "web", "--category", "delivery", "--tag", "vip")
    try run(
        "log", "Charged twice", "--channel", "email", "--category", "billing", "--severity", "low",
        "--received-at", "2026-03-02T09:00:00Z")
    try run("advance", "2", "--at", "2026-03-03T10:00:00Z")
    try run("log", "Rude driver", "--channel", "phone", "--category", "delivery", "--severity", "medium")
    try run("advance", "3", "--to", "investigating")
    try run("log", "Wrong item", "--channel", "web", "--category", "orders", "--severity", "high")
    try run("advance", "4", "--to", "responded", "--resolution", "Replaced", "--upheld", "yes")
    try run("log", "Late refund", "--channel", "letter", "--category", "billing", "--severity", "low", "--ref", "TCK-1")
    try run("advance", "5", "--to", "closed", "--resolution", "Refunded", "--upheld", "partly", "--outcome", "accepted")
    try run("rate", "5", "--score", "4", "--nps", "8")
    try run("log", "Still broken", "--channel", "social", "--category", "repairs", "--severity", "low")
    try run("advance", "6", "--to", "responded", "--resolution", "Repaired", "--upheld", "no")
    try run("advance", "6", "--to", "escalated")
    try run("config", "set", "target.response.high", "3bd")
    let leftovers = try sandbox.folderListing().filter { $0.hasPrefix("register.db-") }
    guard leftovers.isEmpty else { throw SandboxError("the prepared register left \(leftovers)") }
    return try sandbox.registerBytes()
}

@Suite struct MalformedInvocationTests {
    @Test func thePreparedRegisterHoldsComplaintsInVariousStates() throws {
        let sandbox = try Sandbox()
        try preparedRegister.get().write(to: URL(fileURLWithPath: sandbox.database))
        #expect(
            try sandbox.sql("SELECT state FROM complaint ORDER BY id") == [
                "received", "acknowledged", "investigating", "responded", "closed", "escalated",
            ])
        #expect(malformedCases.count >= 110)
        #expect(Set(malformedCases.map(\.name)).count == malformedCases.count, "case names should be unique")
    }

    @Test(arguments: malformedCases)
    func aMalformedInvocationFailsCleanlyAndLeavesTheRegisterUntouched(_ testCase: MalformedCase) throws {
        let sandbox = try Sandbox()
        let bytes = try preparedRegister.get()
        try bytes.write(to: URL(fileURLWithPath: sandbox.database))
        for (name, content) in testCase.files { try sandbox.write(content.data, to: name) }
        var stdinFile: String?
        if let stdin = testCase.stdin {
            // Outside the register's folder, so the folder listing below is only cmplt's doing.
            let url = sandbox.folder.deletingLastPathComponent().appendingPathComponent(
                "cmplt-stdin-\(UUID().uuidString)")
            try stdin.data.write(to: url)
            stdinFile = url.path
        }
        defer { if let stdinFile { try? FileManager.default.removeItem(atPath: stdinFile) } }
        let listing = try sandbox.folderListing()

        let arguments = testCase.arguments.map { $0.replacing("{dir}", with: sandbox.folder.path) }
        let result: ProcessResult
        if let script = testCase.script {
            result = try sandbox.runShell(script, [sandbox.database, sandbox.folder.path])
        } else {
            let database: [String] =
                switch testCase.register {
                case .prepared: ["--db", sandbox.database]
                case .missing: ["--db", sandbox.folder.appendingPathComponent("missing.db").path]
                case .none: []
                }
            result = try sandbox.runProcess(database + arguments, stdinFile: stdinFile)
        }

        expectCleanFailure(result, status: testCase.status, severalLines: testCase.severalLines, testCase.name)
        #expect(try sandbox.registerBytes() == bytes, "the register file changed")
        #expect(try sandbox.folderListing() == listing, "files appeared or vanished beside the register")
    }
}

import CmpltCore
import Foundation
import Glibc
import Testing

/// What one process started by ``Launched`` did, including whether a signal ended it.
struct ProcessResult {
    let status: Int32
    /// False when a signal ended the process; `status` is then the signal number.
    let exited: Bool
    let stdout: Data
    let stderr: String

    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }

    /// "exit 2" or "signal 9", for messages.
    var ending: String { exited ? "exit \(status)" : "signal \(status)" }
}

/// A process started in a sandbox, its output going to files (never to a pipe that could fill),
/// its standard input a file or /dev/null; ``wait()`` collects what it did.
///
/// Started with `posix_spawn` rather than Foundation's `Process`: a process spawned from a test
/// thread inherits that thread's signal mask, which blocks nearly every signal, so SIGINT or
/// SIGXFSZ would never reach the child. Here the child starts as from a shell: no signal
/// blocked, every signal's action the default.
final class Launched {
    let pid: pid_t
    private let io: URL
    private var status: Int32?

    /// Starts `executable arguments…` with the sandbox's controlled environment (as
    /// ``Sandbox/run(_:stdin:environment:)`` sets it) plus `environment`.
    init(
        _ executable: String, _ arguments: [String], in sandbox: Sandbox, stdinFile: String? = nil,
        environment: [String: String] = [:]
    ) throws {
        io = sandbox.folder.deletingLastPathComponent().appendingPathComponent("cmplt-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: io, withIntermediateDirectories: true)
        var variables = [
            "PATH": "/usr/bin:/bin", "TZ": "UTC", "USER": "tester", "HOME": sandbox.folder.path, "NO_COLOR": "1",
        ]
        variables.merge(environment) { $1 }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinFile ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, io.appendingPathComponent("stdout").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(
            &actions, 2, io.appendingPathComponent("stderr").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var child: pid_t = 0
        let code = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard code == 0 else {
            try? FileManager.default.removeItem(at: io)
            throw SandboxError("cannot start \(executable): \(String(cString: strerror(code)))")
        }
        pid = child
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            var ignored: Int32 = 0
            waitpid(pid, &ignored, 0)
        }
        try? FileManager.default.removeItem(at: io)
    }

    /// Sends `signal` to the process.
    func send(_ signal: Int32) {
        kill(pid, signal)
    }

    /// Waits for the process to end and returns what it did.
    func wait() throws -> ProcessResult {
        if status == nil {
            var raw: Int32 = 0
            while waitpid(pid, &raw, 0) < 0 {
                guard errno == EINTR else { throw SandboxError("waitpid \(pid): \(String(cString: strerror(errno)))") }
            }
            status = raw
        }
        let raw = status!
        let signal = raw & 0x7f
        return ProcessResult(
            status: signal == 0 ? (raw >> 8) & 0xff : signal, exited: signal == 0,
            stdout: try Data(contentsOf: io.appendingPathComponent("stdout")),
            stderr: String(decoding: try Data(contentsOf: io.appendingPathComponent("stderr")), as: UTF8.self))
    }
}

extension Sandbox {
    /// The built binary's path.
    static var binaryPath: String { binary.path }

    /// Starts `cmplt arguments…` (no `--db` added) without waiting for it.
    func start(_ arguments: [String], stdinFile: String? = nil, environment: [String: String] = [:]) throws -> Launched
    {
        try Launched(Self.binaryPath, arguments, in: self, stdinFile: stdinFile, environment: environment)
    }

    /// Starts `/bin/sh -c script cmplt extra…`: inside the script `$0` is the binary, `$1`… are `extra`.
    func startShell(_ script: String, _ extra: [String] = [], environment: [String: String] = [:]) throws -> Launched {
        try Launched("/bin/sh", ["-c", script, Self.binaryPath] + extra, in: self, environment: environment)
    }

    /// Runs `cmplt arguments…` (no `--db` added) to its end.
    func runProcess(_ arguments: [String], stdinFile: String? = nil) throws -> ProcessResult {
        try start(arguments, stdinFile: stdinFile).wait()
    }

    /// Runs `/bin/sh -c script cmplt extra…` to its end.
    func runShell(_ script: String, _ extra: [String] = []) throws -> ProcessResult {
        try startShell(script, extra).wait()
    }

    /// `PRAGMA integrity_check` of the register: `["ok"]` when it is sound.
    func integrityCheck() throws -> [String] {
        try sql("PRAGMA integrity_check")
    }

    /// The number of complaints in the register.
    func complaintCount() throws -> Int {
        Int(try sql("SELECT count(*) FROM complaint")[0])!
    }

    /// Complaints whose history is not sound, each described in a line; empty when every
    /// complaint has exactly one `create` event, its `state` equals the state its latest move
    /// entered, and every move leaves the state the previous one entered.
    func historyProblems() throws -> [String] {
        var problems = try sql(
            """
            SELECT '#' || c.id || ' has ' || (SELECT count(*) FROM event e WHERE e.complaint_id = c.id AND e.kind = 'create')
                   || ' create events'
            FROM complaint c
            WHERE (SELECT count(*) FROM event e WHERE e.complaint_id = c.id AND e.kind = 'create') <> 1
            """)
        problems += try sql(
            """
            SELECT '#' || c.id || ' is ' || c.state || ' but its latest move entered ' || coalesce(
                (SELECT e.to_state FROM event e WHERE e.complaint_id = c.id AND e.to_state IS NOT NULL
                 ORDER BY e.at DESC, e.id DESC LIMIT 1), 'nothing')
            FROM complaint c
            WHERE c.state IS NOT (SELECT e.to_state FROM event e WHERE e.complaint_id = c.id AND e.to_state IS NOT NULL
                                  ORDER BY e.at DESC, e.id DESC LIMIT 1)
            """)
        problems += try sql(
            """
            SELECT '#' || complaint_id || ' event ' || id || ' leaves ' || coalesce(from_state, 'nothing')
                   || ' after entering ' || coalesce(previous, 'nothing')
            FROM (SELECT id, complaint_id, kind, from_state,
                         lag(to_state) OVER (PARTITION BY complaint_id ORDER BY at, id) AS previous
                  FROM event WHERE to_state IS NOT NULL)
            WHERE kind = 'move' AND from_state IS NOT previous
            """)
        problems += try sql(
            "SELECT 'event ' || id || ' belongs to no complaint' FROM event WHERE complaint_id NOT IN (SELECT id FROM complaint)"
        )
        return problems
    }

    /// The names in the sandbox folder, sorted.
    func folderListing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// Writes `data` to `name` in the sandbox folder and returns its path.
    @discardableResult
    func write(_ data: Data, to name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }
}

/// Expects `result` to be a failure cmplt reported cleanly: it exited (no signal) with
/// `status`, printed nothing on stdout, wrote one `cmplt: ` line to stderr (or, with
/// `severalLines`, one or more lines each starting `cmplt: `), and no crash report.
func expectCleanFailure(
    _ result: ProcessResult, status: Int32, severalLines: Bool = false, _ comment: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let context = "\(comment) [\(result.ending)] stderr: \(result.stderr)"
    guard result.exited else {
        Issue.record(
            "ended by signal \(result.status) instead of exiting \(status): \(context)", sourceLocation: sourceLocation)
        return
    }
    #expect(result.status == status, "expected exit \(status): \(context)", sourceLocation: sourceLocation)
    #expect(
        result.stdout.isEmpty, "stdout should be empty: \(result.stdoutText.prefix(300)) \(context)",
        sourceLocation: sourceLocation)
    expectErrorLines(result.stderr, severalLines: severalLines, context, sourceLocation: sourceLocation)
}

/// Expects `stderr` to be one `cmplt: ` line (or several, each starting `cmplt: `) and no crash report.
func expectErrorLines(
    _ stderr: String, severalLines: Bool = false, _ context: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        stderr.hasPrefix("cmplt: "), "stderr should start with 'cmplt: ': \(context)", sourceLocation: sourceLocation)
    #expect(stderr.hasSuffix("\n"), "stderr should end with a line break: \(context)", sourceLocation: sourceLocation)
    let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    if severalLines {
        #expect(
            !lines.isEmpty && lines.allSatisfy { $0.hasPrefix("cmplt: ") },
            "every stderr line should start with 'cmplt: ': \(context)", sourceLocation: sourceLocation)
    } else {
        #expect(lines.count == 1, "stderr should be exactly one line: \(context)", sourceLocation: sourceLocation)
    }
    for crash in ["Fatal error", "Backtrace", "Program crashed", "fatalError", "Illegal instruction"] {
        #expect(!stderr.contains(crash), "crash report in stderr: \(context)", sourceLocation: sourceLocation)
    }
}

/// A CSV import file of `rows` valid complaints, built quickly as bytes.
func csvOfComplaints(rows: Int, prefix: String = "Imported complaint") -> Data {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(rows * 80 + 64)
    bytes += Array("description,channel,category,severity,received_at,ref\n".utf8)
    for row in 1...rows {
        let day = 1 + row % 28
        let line =
            "\(prefix) \(row),web,delivery,low,2026-02-\(day < 10 ? "0" : "")\(day)T10:00:00Z,\(prefix.prefix(3).uppercased())-\(row)\n"
        bytes += Array(line.utf8)
    }
    return Data(bytes)
}

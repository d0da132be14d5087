import CmpltCore
import Foundation
import Testing

/// What one run of the `cmplt` binary did.
struct RunResult {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Standard output without its final line break.
    var output: String { stdout.hasSuffix("\n") ? String(stdout.dropLast()) : stdout }
}

/// A temporary folder with a register path, and a way to run the built `cmplt` on it.
///
/// Every run gets a controlled environment: `TZ=UTC` unless given, no `CMPLT_DB`, `USER=tester`,
/// `HOME` inside the folder, `NO_COLOR` set.
final class Sandbox {
    let folder: URL
    /// The register path passed with `--db` by ``cmplt(_:stdin:environment:)``.
    let database: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cmplt-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = folder.appendingPathComponent("register.db").path
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The built binary: `CMPLT_BIN`, else `cmplt` beside the test bundle.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["CMPLT_BIN"] { return URL(fileURLWithPath: path) }
        var folder = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("cmplt").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("cmplt")
    }()

    /// Runs `cmplt --db <database> arguments…`.
    @discardableResult
    func cmplt(_ arguments: String..., stdin: String? = nil, environment: [String: String] = [:]) throws -> RunResult {
        try run(["--db", database] + arguments, stdin: stdin, environment: environment)
    }

    /// Runs `cmplt arguments…` with no `--db` added.
    func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> RunResult {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var base = [
            "PATH": "/usr/bin:/bin", "TZ": "UTC", "USER": "tester", "HOME": folder.path, "NO_COLOR": "1",
        ]
        base.merge(environment) { $1 }
        process.environment = base
        // Output goes to files, so a large output can never block the child on a full pipe.
        let outURL = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errURL = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        process.standardOutput = outHandle
        process.standardError = errHandle
        if let stdin {
            let input = Pipe()
            process.standardInput = input
            try process.run()
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return RunResult(
            status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Writes `text` to a file named `name` in the sandbox and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Logs a complaint with the required fields and returns its id.
    @discardableResult
    func log(_ description: String = "Late delivery", _ extra: String...) throws -> Int {
        let result = try run(
            ["--db", database, "log", description, "--channel", "web", "--category", "delivery"] + extra)
        guard result.status == 0, let id = Int(result.output) else {
            throw SandboxError("log failed (\(result.status)): \(result.stderr)")
        }
        return id
    }

    /// Runs `cmplt --db <database> --json arguments…` and decodes the JSON it prints.
    func json(_ arguments: String...) throws -> Any {
        let result = try run(["--db", database, "--json"] + arguments)
        guard result.status == 0 else { throw SandboxError("\(arguments) failed (\(result.status)): \(result.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: [.fragmentsAllowed])
    }

    /// The complaint object `show ID --json` prints.
    func complaint(_ id: Int) throws -> [String: Any] {
        try json("show", String(id)) as! [String: Any]
    }

    /// The register file's bytes, to prove a failed command left it untouched.
    func registerBytes() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: database))
    }

    /// The first column of every row of `query`, run on the register after the fact.
    func sql(_ query: String) throws -> [String] {
        let database = try Database(path: self.database, create: false)
        let statement = try database.prepare(query)
        try statement.bind([])
        var rows: [String] = []
        while try statement.step() { rows.append(statement.text(0) ?? "NULL") }
        return rows
    }
}

struct SandboxError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Expects a failed run: exit `status`, nothing on stdout, one `cmplt: ` line on stderr that
/// contains every fragment.
func expectFailure(
    _ result: RunResult, status: Int32, mentioning fragments: String...,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(result.status == status, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    #expect(result.stderr.hasPrefix("cmplt: "), sourceLocation: sourceLocation)
    #expect(
        result.stderr.filter { $0 == "\n" }.count == 1, "error should be one line: \(result.stderr)",
        sourceLocation: sourceLocation)
    for fragment in fragments {
        #expect(
            result.stderr.contains(fragment), "missing '\(fragment)' in: \(result.stderr)",
            sourceLocation: sourceLocation)
    }
}

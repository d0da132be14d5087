import Foundation
import Testing

/// Runs the scripts in `examples/` against a temporary register, as a user would.
@Suite struct ExamplesTests {
    /// The repository's `examples/` folder, found from this source file.
    private static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    private func script(_ name: String, _ arguments: [String] = [], sandbox: Sandbox) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [Self.examples.appendingPathComponent(name).path] + arguments
        process.environment = [
            "PATH": "/usr/bin:/bin", "TZ": "UTC", "USER": "tester", "HOME": sandbox.folder.path,
            "CMPLT": Sandbox.binary.path, "CMPLT_DB": sandbox.database, "NO_COLOR": "1",
        ]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    @Test func theDemoWalksAComplaintFromReceivedToClosed() throws {
        let sandbox = try Sandbox()
        let result = try script("demo.sh", sandbox: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("#1 investigating → responded"))
        #expect(result.stdout.contains("#1 responded → closed"))
        #expect(try sandbox.sql("SELECT id || ':' || state FROM complaint ORDER BY id") == ["1:closed", "2:assessed", "3:closed"])
    }

    @Test func theOverdueDigestListsOverdueComplaintsByCategory() throws {
        let sandbox = try Sandbox()
        try sandbox.log("old", "--received-at", "10d", "--severity", "critical")
        try sandbox.log("older", "--received-at", "12d", "--severity", "low")
        let acknowledged = try sandbox.log("acknowledged late but in time for response", "--received-at", "3d", "--severity", "low")
        try sandbox.cmplt("advance", String(acknowledged))
        try sandbox.log("fresh")
        let result = try script("overdue-digest.sh", sandbox: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("2 overdue complaints\n"))
        #expect(result.stdout.contains("  delivery             2\n"))
        #expect(result.stdout.contains("#1 ") && result.stdout.contains("#2 "))
        #expect(!result.stdout.contains("#3 ") && !result.stdout.contains("#4 "))
    }

    @Test func theOverdueDigestIsSilentWhenNothingIsOverdue() throws {
        let sandbox = try Sandbox()
        try sandbox.log("fresh")
        let result = try script("overdue-digest.sh", sandbox: sandbox)
        #expect(result.status == 0 && result.stdout.isEmpty)
    }

    @Test func closeUnansweredClosesOnlyStaleResponses() throws {
        let sandbox = try Sandbox()
        let stale = try sandbox.log("stale", "--received-at", "30d", "--severity", "low")
        try sandbox.cmplt("advance", String(stale), "--to", "responded", "--resolution", "Refund", "--upheld", "yes", "--at", "20d")
        let recent = try sandbox.log("recent", "--received-at", "30d", "--severity", "low")
        try sandbox.cmplt("advance", String(recent), "--to", "responded", "--resolution", "Refund", "--upheld", "yes", "--at", "2d")
        let result = try script("close-unanswered.sh", ["14"], sandbox: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "\(stale)\n")
        #expect(try sandbox.complaint(stale)["outcome"] as? String == "no-reply")
        #expect(try sandbox.complaint(recent)["state"] as? String == "responded")
        #expect(try script("close-unanswered.sh", ["soon"], sandbox: sandbox).status == 2)
    }
}

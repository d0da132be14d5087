import Foundation
import Testing

/// Runs the scripts in `examples/` against a temporary register, as a user would.
@Suite struct ExamplesTests {
    /// The repository's `examples/` folder, found from this source file.
    private static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    private func script(_ name: String, _ arguments: [String] = [], stdin: String? = nil, sandbox: Sandbox) throws
        -> RunResult
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [Self.examples.appendingPathComponent(name).path] + arguments
        process.environment = [
            "PATH": "/usr/bin:/bin", "TZ": "UTC", "USER": "tester", "HOME": sandbox.folder.path,
            "CMPLT": Sandbox.binary.path, "CMPLT_DB": sandbox.database, "NO_COLOR": "1",
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RunResult(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    @Test func theDemoWalksAComplaintFromReceivedToClosed() throws {
        let sandbox = try Sandbox()
        let result = try script("demo.sh", sandbox: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("#1 investigating → responded"))
        #expect(result.stdout.contains("#1 responded → closed"))
        #expect(
            try sandbox.sql("SELECT id || ':' || state FROM complaint ORDER BY id") == [
                "1:closed", "2:assessed", "3:closed",
            ])
    }

    @Test func theOverdueDigestListsOverdueComplaintsByCategory() throws {
        let sandbox = try Sandbox()
        try sandbox.log("old", "--received-at", "10d", "--severity", "critical")
        try sandbox.log("older", "--received-at", "12d", "--severity", "low")
        let acknowledged = try sandbox.log(
            "acknowledged late but in time for response", "--received-at", "3d", "--severity", "low")
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
        try sandbox.cmplt(
            "advance", String(stale), "--to", "responded", "--resolution", "Refund", "--upheld", "yes", "--at", "20d")
        let recent = try sandbox.log("recent", "--received-at", "30d", "--severity", "low")
        try sandbox.cmplt(
            "advance", String(recent), "--to", "responded", "--resolution", "Refund", "--upheld", "yes", "--at", "2d")
        let result = try script("close-unanswered.sh", ["14"], sandbox: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "\(stale)\n")
        #expect(try sandbox.complaint(stale)["outcome"] as? String == "no-reply")
        #expect(try sandbox.complaint(recent)["state"] as? String == "responded")
        #expect(try script("close-unanswered.sh", ["soon"], sandbox: sandbox).status == 2)
    }

    @Test func theNightlyImportMovesGoodFilesToDoneAndBadOnesToRejected() throws {
        let sandbox = try Sandbox()
        let drops = sandbox.folder.appendingPathComponent("drops")
        let incoming = drops.appendingPathComponent("incoming")
        try FileManager.default.createDirectory(at: incoming, withIntermediateDirectories: true)
        try Data("description,channel,category,ref\nLate parcel,web,delivery,D-1\n".utf8).write(
            to: incoming.appendingPathComponent("good.csv"))
        try Data("{\"description\":\"Rude agent\",\"channel\":\"phone\",\"category\":\"service\"}\n".utf8)
            .write(to: incoming.appendingPathComponent("good.jsonl"))
        try Data("description,channel,category\n,web,delivery\n".utf8).write(
            to: incoming.appendingPathComponent("bad.csv"))
        let result = try script("nightly-import.sh", [drops.path], sandbox: sandbox)
        #expect(result.status == 1 && result.stderr.contains("rejected bad.csv"))
        let done = try FileManager.default.contentsOfDirectory(atPath: drops.appendingPathComponent("done").path)
            .sorted()
        let rejected = try FileManager.default.contentsOfDirectory(
            atPath: drops.appendingPathComponent("rejected").path
        ).sorted()
        #expect(done == ["good.csv", "good.jsonl"])
        #expect(rejected == ["bad.csv", "bad.csv.errors"])
        #expect(try sandbox.sql("SELECT count(*) FROM complaint") == ["2"])
        // Delivering the same file again skips what is already there.
        try FileManager.default.copyItem(
            at: drops.appendingPathComponent("done/good.csv"), to: incoming.appendingPathComponent("good.csv"))
        #expect(try script("nightly-import.sh", [drops.path], sandbox: sandbox).status == 0)
        #expect(try sandbox.sql("SELECT count(*) FROM complaint") == ["2"])
    }

    @Test func theMonthlyReviewWritesMarkdownAndHTML() throws {
        let sandbox = try Sandbox()
        try sandbox.log("old", "--received-at", "40d")
        let out = sandbox.folder.appendingPathComponent("reviews")
        let result = try script("monthly-review.sh", [out.path], sandbox: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        let paths = result.stdout.split(separator: "\n").map(String.init)
        #expect(paths.count == 2 && paths[0].hasSuffix(".md") && paths[1].hasSuffix(".html"))
        let markdown = try String(contentsOfFile: paths[0], encoding: .utf8)
        #expect(
            markdown.hasPrefix("# Complaints ") && markdown.contains("(12 months)")
                && markdown.contains("## By category"))
        #expect(try String(contentsOfFile: paths[1], encoding: .utf8).hasPrefix("<!doctype html>"))
    }

    @Test func theWebFormLogsOnceAndPrintsTheId() throws {
        let sandbox = try Sandbox()
        try sandbox.log("earlier")
        let submission = """
            {"ref": "form-8841", "description": "Parcel never came",
             "channel": "web", "category": "delivery", "complainant": "Ana Silva"}
            """
        let first = try script("web-form.sh", stdin: submission, sandbox: sandbox)
        #expect(first.status == 0 && first.stdout == "2\n", "\(first.stderr)")
        let again = try script("web-form.sh", stdin: submission, sandbox: sandbox)
        #expect(again.stdout == "2\n")
        #expect(try sandbox.sql("SELECT count(*) FROM complaint") == ["2"])
        let invalid = try script("web-form.sh", stdin: "{\"ref\": \"form-9\", \"channel\": \"web\"}", sandbox: sandbox)
        #expect(invalid.status == 5 && invalid.stderr.contains("category must not be empty"))
    }
}

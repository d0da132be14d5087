import CmpltCore
import Foundation
import Testing

@Suite struct BackupCommandTests {
    @Test func aBackupIsAPrivateConsistentCopy() throws {
        let sandbox = try Sandbox()
        try sandbox.log("one")
        try sandbox.log("two")
        try sandbox.cmplt("advance", "1")
        let copy = sandbox.folder.appendingPathComponent("copy.db").path
        let result = try sandbox.cmplt("backup", copy)
        #expect(result.status == 0 && result.output == "backed up \(sandbox.database) to \(copy)")
        let attributes = try FileManager.default.attributesOfItem(atPath: copy)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let listed = try sandbox.run(["--db", copy, "list", "--format", "tsv"])
        #expect(listed.stdout.split(separator: "\n").count == 3)
        #expect(try sandbox.run(["--db", copy, "show", "1", "--json"]).stdout.contains("\"state\": \"acknowledged\""))
    }

    @Test func aBackupNeverOverwritesAndNeedsARegister() throws {
        let sandbox = try Sandbox()
        let copy = sandbox.folder.appendingPathComponent("copy.db").path
        expectFailure(try sandbox.cmplt("backup", copy), status: 3, mentioning: "no register")
        try sandbox.log("one")
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: copy))
        expectFailure(try sandbox.cmplt("backup", copy), status: 4, mentioning: "already exists")
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == "keep me")
        expectFailure(try sandbox.cmplt("backup"), status: 2, mentioning: "<file>")
    }

    @Test func aBackupTakenWhileOthersWriteIsConsistent() throws {
        let sandbox = try Sandbox()
        try sandbox.log("seed")
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = [
            "-c",
            "for i in $(seq 60); do \"$0\" --db \"$1\" log \"c$i\" --channel web --category a >/dev/null || exit 1; done",
            Sandbox.binary.path, sandbox.database,
        ]
        writer.environment = ["USER": "tester", "TZ": "UTC"]
        try writer.run()
        var copies: [String] = []
        for index in 0..<5 {
            let copy = sandbox.folder.appendingPathComponent("copy\(index).db").path
            #expect(try sandbox.cmplt("backup", copy).status == 0)
            copies.append(copy)
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        for copy in copies {
            let check = try sandbox.run(["--db", copy, "list", "--format", "tsv"])
            #expect(check.status == 0)
            let events = try Database(path: copy, create: false)
            #expect(try events.text("PRAGMA integrity_check") == "ok")
            #expect(
                try events.integer(
                    "SELECT count(*) FROM complaint WHERE id NOT IN (SELECT complaint_id FROM event WHERE kind = 'create')"
                ) == 0)
        }
    }
}

import CmpltCore
import Foundation
import Testing

@Suite struct VerifyCommandTests {
    private func sandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.log("Charged twice", "--complainant", "Ana", "--contact", "ana@example.com", "--severity", "low")
        try sandbox.cmplt("edit", "1", "--contact", "ana@new.example")
        try sandbox.cmplt(
            "advance", "1", "--to", "closed", "--resolution", "Refunded", "--upheld", "yes", "--outcome", "accepted")
        try sandbox.log("second")
        try sandbox.cmplt("note", "2", "called")
        return sandbox
    }

    /// Runs SQL on the register with the append-only triggers out of the way, as an attacker with
    /// the file would.
    private func tamper(_ sandbox: Sandbox, _ sql: String) throws {
        let database = try Database(path: sandbox.database, create: false)
        try database.execute("DROP TRIGGER event_no_update; DROP TRIGGER event_no_delete; \(sql)")
    }

    @Test func aSoundRegisterVerifiesAndPrintsItsChainHead() throws {
        let sandbox = try sandbox()
        let result = try sandbox.cmplt("verify")
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("ok: 2 complaints, 12 events; chain head #12 "))
        let head = try sandbox.cmplt("verify", "--head").output
        let stored = try sandbox.sql("SELECT id || ' ' || hash FROM event ORDER BY id DESC LIMIT 1")
        #expect([head] == stored)
        let json = try sandbox.json("verify") as! [String: Any]
        #expect(json["ok"] as? Bool == true && (json["violations"] as? [Any])?.isEmpty == true)
    }

    @Test func theChainIsTheDocumentedSHA256OfEachEvent() throws {
        let sandbox = try sandbox()
        // Event 1: the create event of complaint 1, after 64 zeros.
        let row = try sandbox.sql("SELECT at || '|' || hash FROM event WHERE id = 1")[0].split(separator: "|")
        let payload =
            String(repeating: "0", count: 64)
            + "\n1:1\n1:1\n\(row[0].count):\(row[0])\n6:tester\n6:create\n-\n8:received\n-\n-\n-\n-"
        #expect(SHA256.hash(payload).hex == String(row[1]))
    }

    @Test func aChangedEventBreaksTheChainThere() throws {
        let sandbox = try sandbox()
        try tamper(sandbox, "UPDATE event SET actor = 'mallory' WHERE id = 5")
        let result = try sandbox.cmplt("verify")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("event #5: the hash chain breaks here"))
        #expect(result.stderr == "cmplt: 1 violation in \(sandbox.database)\n")
    }

    @Test func aDeletedEventLeavesAGapAndTruncationChangesThePublishedHead() throws {
        let sandbox = try sandbox()
        let published = try sandbox.cmplt("verify", "--head").output
        try tamper(sandbox, "DELETE FROM event WHERE id = 4")
        let result = try sandbox.cmplt("verify")
        #expect(result.status == 1)
        #expect(result.stdout.contains("event #5: follows event #3: events are missing"))
        // Cutting off the newest events leaves a sound chain: only the published head shows it.
        _ = try sandbox.sql("DELETE FROM event WHERE id = 12")
        #expect(try sandbox.cmplt("verify", "--head").output != published)
    }

    @Test func aComplaintRowThatDisagreesWithItsEventsIsReported() throws {
        let sandbox = try sandbox()
        try tamper(sandbox, "UPDATE complaint SET state = 'investigating', closed_at = NULL, reopened = 3 WHERE id = 1")
        let result = try sandbox.cmplt("verify")
        #expect(result.status == 1)
        #expect(result.stdout.contains("complaint #1: state is investigating but its events say closed"))
        #expect(result.stdout.contains("complaint #1: reopened is 3 but its events say 0"))
        #expect(result.stdout.contains("complaint #1: closed_at is null"))
    }

    @Test func aChangedPersonalValueNoLongerMatchesItsDigest() throws {
        let sandbox = try sandbox()
        try tamper(sandbox, "UPDATE event SET new_value = 'evil@example.com' WHERE field = 'contact'")
        let result = try sandbox.cmplt("verify")
        #expect(result.stdout.contains("a value no longer matches its digest"))
    }

    @Test func aFileThatIsNotSoundFailsTheIntegrityCheckOrCannotBeRead() throws {
        let sandbox = try sandbox()
        var bytes = try sandbox.registerBytes()
        for index in stride(from: 4096, to: min(bytes.count, 12_288), by: 7) { bytes[index] = 0xFF }
        try bytes.write(to: URL(fileURLWithPath: sandbox.database))
        let result = try sandbox.cmplt("verify")
        #expect(result.status == 1 && result.stderr.hasPrefix("cmplt: "))
    }
}

import Foundation
import Testing

@Suite struct LogCommandTests {
    @Test func logPrintsTheNewIdAloneAndCreatesTheRegister() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.cmplt("log", "Charged twice", "--channel", "email", "--category", "billing")
        #expect(result.status == 0 && result.stdout == "1\n" && result.stderr.isEmpty)
        #expect(
            try sandbox.cmplt("log", "Again", "--channel", "email", "--category", "billing", "--json").stdout == "2\n")
        #expect(try sandbox.sql("SELECT count(*) FROM complaint") == ["2"])
        #expect(
            try sandbox.sql("SELECT kind || ':' || to_state || ':' || actor FROM event WHERE complaint_id = 1") == [
                "create:received:tester"
            ])
    }

    @Test func logStoresEveryFlag() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.cmplt(
            "log", "Parcel left in the rain", "--channel", "phone", "--category", "delivery", "--product", "Next day",
            "--severity", "high", "--complainant", "Ana Silva", "--contact", "ana@example.com", "--desired-outcome",
            "Refund",
            "--ref", "TCK-9", "--tag", "wet", "--tag", "vip", "--received-at", "2026-03-02T09:00:00Z", "--by", "bob")
        #expect(result.status == 0)
        let complaint = try sandbox.complaint(1)
        #expect(complaint["product"] as? String == "Next day")
        #expect(complaint["severity"] as? String == "high")
        #expect(complaint["complainant"] as? String == "Ana Silva")
        #expect(complaint["contact"] as? String == "ana@example.com")
        #expect(complaint["desired_outcome"] as? String == "Refund")
        #expect(complaint["ref"] as? String == "TCK-9")
        #expect(complaint["tags"] as? [String] == ["vip", "wet"])
        #expect(complaint["received_at"] as? String == "2026-03-02T09:00:00Z")
        #expect(complaint["due_acknowledge_at"] as? String == "2026-03-03T09:00:00Z")
        #expect(complaint["due_response_at"] as? String == "2026-03-07T09:00:00Z")
        let events = complaint["events"] as! [[String: Any]]
        #expect(events.first?["actor"] as? String == "bob")
        #expect(events.first?["at"] as? String == "2026-03-02T09:00:00Z")
    }

    @Test func logReadsTheDescriptionFromStandardInput() throws {
        let sandbox = try Sandbox()
        #expect(
            try sandbox.cmplt("log", "-", "--channel", "web", "--category", "x", stdin: "From a dash\n").output == "1")
        #expect(
            try sandbox.cmplt("log", "--channel", "web", "--category", "x", stdin: "From a pipe\nsecond line\n").output
                == "2")
        #expect(try sandbox.complaint(1)["description"] as? String == "From a dash")
        #expect(try sandbox.complaint(2)["description"] as? String == "From a pipe\nsecond line")
    }

    @Test func logWithoutDescriptionIsAUsageErrorAndCreatesNothing() throws {
        let sandbox = try Sandbox()
        expectFailure(
            try sandbox.cmplt("log", "--channel", "web", "--category", "x"), status: 2, mentioning: "description")
        expectFailure(
            try sandbox.cmplt("log", "  ", "--channel", "web", "--category", "x"), status: 2,
            mentioning: "description must not be empty")
        #expect(!FileManager.default.fileExists(atPath: sandbox.database))
    }

    @Test func logNeedsChannelAndCategory() throws {
        let sandbox = try Sandbox()
        expectFailure(try sandbox.cmplt("log", "x", "--category", "billing"), status: 2, mentioning: "--channel")
        expectFailure(try sandbox.cmplt("log", "x", "--channel", "web"), status: 2, mentioning: "--category")
        #expect(!FileManager.default.fileExists(atPath: sandbox.database))
    }

    @Test func aDuplicateRefIsRefusedAndChangesNothing() throws {
        let sandbox = try Sandbox()
        try sandbox.log("first", "--ref", "TCK-1")
        let before = try sandbox.registerBytes()
        expectFailure(
            try sandbox.cmplt("log", "second", "--channel", "web", "--category", "x", "--ref", "TCK-1"),
            status: 4, mentioning: "TCK-1", "#1")
        #expect(try sandbox.registerBytes() == before)
    }

    @Test func aFutureReceivedDateIsAUsageError() throws {
        let sandbox = try Sandbox()
        expectFailure(
            try sandbox.cmplt("log", "x", "--channel", "web", "--category", "x", "--received-at", "2999-01-01"),
            status: 2, mentioning: "future")
    }

    @Test func aBadSeverityListsTheValidOnes() throws {
        let sandbox = try Sandbox()
        expectFailure(
            try sandbox.cmplt("log", "x", "--channel", "web", "--category", "x", "--severity", "urgent"),
            status: 2, mentioning: "'urgent'", "low, medium, high, critical")
    }

    @Test func theRegisterFileIsPrivateAndItsFolderIsCreated() throws {
        let sandbox = try Sandbox()
        let path = sandbox.folder.appendingPathComponent("deep/er/register.db").path
        let result = try sandbox.run(["--db", path, "log", "x", "--channel", "web", "--category", "x"])
        #expect(result.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(
            atPath: sandbox.folder.appendingPathComponent("deep/er").path)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
    }

    @Test func relativeAndLocalDatesAreAccepted() throws {
        let sandbox = try Sandbox()
        let id = try sandbox.log("x", "--received-at", "2026-03-02T12:30")
        #expect(try sandbox.complaint(id)["received_at"] as? String == "2026-03-02T12:30:00Z")
        let tehran = try sandbox.cmplt(
            "log", "y", "--channel", "web", "--category", "x", "--received-at", "2026-03-02T12:30",
            environment: ["TZ": "Asia/Tehran"])
        #expect(try sandbox.complaint(Int(tehran.output)!)["received_at"] as? String == "2026-03-02T09:00:00Z")
    }
}

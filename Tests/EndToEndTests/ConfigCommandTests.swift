import Foundation
import Testing

@Suite struct ConfigCommandTests {
    static let defaultTargets = [
        "target.acknowledge": "1d", "target.response.low": "20d", "target.response.medium": "10d",
        "target.response.high": "5d", "target.response.critical": "2d",
    ]

    @Test func listAndGetShowTheDefaultsWithoutARegisterAndCreateNone() throws {
        let sandbox = try Sandbox()
        let table = try sandbox.cmplt("config", "list")
        #expect(table.status == 0 && table.stderr.isEmpty)
        for (key, value) in Self.defaultTargets {
            let line = table.stdout.split(separator: "\n").first { $0.hasPrefix(key + " ") }
            #expect(line?.contains(" \(value) ") == true, "no line '\(key) … \(value)' in:\n\(table.stdout)")
        }
        let json = try #require(try sandbox.json("config", "list") as? [String: String])
        for (key, value) in Self.defaultTargets {
            #expect(json[key] == value, "\(key)")
        }
        for (key, value) in Self.defaultTargets {
            let result = try sandbox.cmplt("config", "get", key)
            #expect(
                result.status == 0 && result.stdout == value + "\n" && result.stderr.isEmpty, "\(key): \(result.stderr)"
            )
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.database))
    }

    @Test func aNewTargetAppliesToComplaintsLoggedAfterItAndLeavesEarlierOnesAlone() throws {
        let sandbox = try Sandbox()
        let before = try sandbox.log("Logged before", "--severity", "high", "--received-at", "2026-03-02T09:00:00Z")
        #expect(try sandbox.complaint(before)["due_response_at"] as? String == "2026-03-07T09:00:00Z")

        let set = try sandbox.cmplt("config", "set", "target.response.high", "3d")
        #expect(set.status == 0 && set.stderr.isEmpty)
        #expect(try sandbox.cmplt("config", "get", "target.response.high").stdout == "3d\n")

        let after = try sandbox.log("Logged after", "--severity", "high", "--received-at", "2026-03-02T09:00:00Z")
        #expect(try sandbox.complaint(after)["due_response_at"] as? String == "2026-03-05T09:00:00Z")
        #expect(try sandbox.complaint(before)["due_response_at"] as? String == "2026-03-07T09:00:00Z")
        // Other targets keep their defaults.
        let medium = try sandbox.log("Medium", "--severity", "medium", "--received-at", "2026-03-02T09:00:00Z")
        #expect(try sandbox.complaint(medium)["due_response_at"] as? String == "2026-03-12T09:00:00Z")
    }

    @Test func aNewSeverityRecomputesDueDatesWithTheSettingsInForceThen() throws {
        let sandbox = try Sandbox()
        let id = try sandbox.log("No severity yet", "--received-at", "2026-03-02T09:00:00Z")
        #expect(try sandbox.complaint(id)["due_response_at"] is NSNull)
        #expect(try sandbox.complaint(id)["due_acknowledge_at"] as? String == "2026-03-03T09:00:00Z")

        #expect(try sandbox.cmplt("config", "set", "target.response.high", "3d").status == 0)
        #expect(try sandbox.cmplt("edit", String(id), "--severity", "high").status == 0)
        #expect(try sandbox.complaint(id)["due_response_at"] as? String == "2026-03-05T09:00:00Z")

        // A later setting change does not move it…
        #expect(try sandbox.cmplt("config", "set", "target.response.high", "4d").status == 0)
        #expect(try sandbox.complaint(id)["due_response_at"] as? String == "2026-03-05T09:00:00Z")
        // …but the next severity change uses the settings of its moment.
        #expect(try sandbox.cmplt("edit", String(id), "--severity", "critical").status == 0)
        #expect(try sandbox.complaint(id)["due_response_at"] as? String == "2026-03-04T09:00:00Z")
        #expect(try sandbox.cmplt("edit", String(id), "--severity", "high").status == 0)
        #expect(try sandbox.complaint(id)["due_response_at"] as? String == "2026-03-06T09:00:00Z")
        #expect(try sandbox.complaint(id)["due_acknowledge_at"] as? String == "2026-03-03T09:00:00Z")
    }

    @Test func anUnknownKeyIsAUsageErrorWithASuggestion() throws {
        let sandbox = try Sandbox()
        try sandbox.log()
        let before = try sandbox.registerBytes()
        expectFailure(
            try sandbox.cmplt("config", "set", "target.respons.high", "3d"), status: 2,
            mentioning: "'target.respons.high'", "did you mean 'target.response.high'")
        expectFailure(
            try sandbox.cmplt("config", "get", "target.acknowledgment"), status: 2,
            mentioning: "'target.acknowledgment'", "did you mean 'target.acknowledge'")
        #expect(try sandbox.registerBytes() == before)
    }

    @Test func aMalformedValueIsAUsageErrorAndChangesNothing() throws {
        let sandbox = try Sandbox()
        expectFailure(try sandbox.cmplt("config", "set", "target.acknowledge", "soon"), status: 2, mentioning: "'soon'")
        #expect(!FileManager.default.fileExists(atPath: sandbox.database))

        try sandbox.log()
        let before = try sandbox.registerBytes()
        expectFailure(
            try sandbox.cmplt("config", "set", "target.acknowledge", "soon"), status: 2,
            mentioning: "target.acknowledge", "'soon'")
        expectFailure(
            try sandbox.cmplt("config", "set", "target.response.low", "3 days"), status: 2,
            mentioning: "target.response.low", "'3 days'")
        #expect(try sandbox.registerBytes() == before)
        #expect(try sandbox.cmplt("config", "get", "target.acknowledge").stdout == "1d\n")
    }

    @Test func unsetRestoresTheDefault() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.cmplt("config", "set", "target.acknowledge", "2d").status == 0)
        #expect(try sandbox.cmplt("config", "get", "target.acknowledge").stdout == "2d\n")
        let during = try sandbox.log("While 2d", "--received-at", "2026-03-02T09:00:00Z")
        #expect(try sandbox.complaint(during)["due_acknowledge_at"] as? String == "2026-03-04T09:00:00Z")

        let unset = try sandbox.cmplt("config", "unset", "target.acknowledge")
        #expect(unset.status == 0 && unset.stderr.isEmpty)
        #expect(try sandbox.cmplt("config", "get", "target.acknowledge").stdout == "1d\n")
        let json = try #require(try sandbox.json("config", "list") as? [String: String])
        #expect(json["target.acknowledge"] == "1d")
        let after = try sandbox.log("After unset", "--received-at", "2026-03-02T09:00:00Z")
        #expect(try sandbox.complaint(after)["due_acknowledge_at"] as? String == "2026-03-03T09:00:00Z")
        #expect(try sandbox.complaint(during)["due_acknowledge_at"] as? String == "2026-03-04T09:00:00Z")
    }
}

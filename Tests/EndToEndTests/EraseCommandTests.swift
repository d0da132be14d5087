import Foundation
import Testing

@Suite struct EraseCommandTests {
    @Test func erasureRemovesPersonalDataEverywhereAndKeepsTheStatistics() throws {
        let sandbox = try Sandbox()
        try sandbox.log(
            "Charged twice", "--complainant", "Ana Zed", "--contact", "ana.zed@example.com", "--severity", "low")
        try sandbox.cmplt("edit", "1", "--contact", "zed.ana@example.net")
        try sandbox.cmplt(
            "advance", "1", "--to", "closed", "--resolution", "Refunded", "--upheld", "yes", "--outcome", "accepted")
        try sandbox.cmplt("rate", "1", "--score", "4")
        let reportBefore = try sandbox.cmplt("report", "--json").stdout
        let result = try sandbox.cmplt("erase", "1", "--reason", "request of 2026-11-20", "--by", "dpo")
        #expect(result.status == 0 && result.output == "#1 erased complainant, contact")
        let complaint = try sandbox.complaint(1)
        #expect(complaint["complainant"] is NSNull && complaint["contact"] is NSNull)
        #expect(complaint["description"] as? String == "Charged twice" && complaint["state"] as? String == "closed")
        let events = complaint["events"] as! [[String: Any]]
        let erase = events.last!
        #expect(erase["kind"] as? String == "erase" && erase["actor"] as? String == "dpo")
        #expect(erase["note"] as? String == "request of 2026-11-20" && erase["new"] as? String == "complainant,contact")
        let contactEdit = events.first { $0["field"] as? String == "contact" }!
        #expect(contactEdit["old"] is NSNull && contactEdit["new"] is NSNull)
        #expect(try sandbox.cmplt("report", "--json").stdout == reportBefore)
        #expect(try sandbox.cmplt("verify").status == 0)
        // The old bytes are gone from the file (secure_delete, checkpointed WAL).
        let bytes = try sandbox.registerBytes()
        #expect(bytes.range(of: Data("ana.zed".utf8)) == nil && bytes.range(of: Data("zed.ana".utf8)) == nil)
        #expect(bytes.range(of: Data("Ana Zed".utf8)) == nil)
    }

    @Test func theDescriptionIsErasedOnlyOnRequest() throws {
        let sandbox = try Sandbox()
        try sandbox.log("My name is Ana Zed and my card 4111 was charged twice")
        try sandbox.cmplt("edit", "1", "--description", "Card 4111 of Ana Zed charged twice")
        #expect(try sandbox.cmplt("erase", "1", "--description", "--reason", "court order").status == 0)
        #expect(try sandbox.complaint(1)["description"] as? String == "(erased)")
        #expect(try sandbox.registerBytes().range(of: Data("4111".utf8)) == nil)
        #expect(try sandbox.cmplt("verify").status == 0)
    }

    @Test func erasingTwiceRecordsNothingTheSecondTime() throws {
        let sandbox = try Sandbox()
        try sandbox.log("x", "--complainant", "Ana")
        try sandbox.cmplt("erase", "1", "--reason", "request")
        let again = try sandbox.cmplt("erase", "1", "--reason", "request")
        #expect(again.status == 0 && again.output == "#1 holds no personal data to erase")
        #expect(try sandbox.sql("SELECT count(*) FROM event WHERE kind = 'erase'") == ["1"])
    }

    @Test func eraseNeedsAReasonAndAComplaint() throws {
        let sandbox = try Sandbox()
        try sandbox.log("x", "--complainant", "Ana")
        let bytes = try sandbox.registerBytes()
        expectFailure(try sandbox.cmplt("erase", "1"), status: 2, mentioning: "--reason")
        expectFailure(
            try sandbox.cmplt("erase", "1", "--reason", " "), status: 2, mentioning: "reason must not be empty")
        expectFailure(try sandbox.cmplt("erase", "2", "--reason", "x"), status: 3, mentioning: "#2")
        #expect(try sandbox.registerBytes() == bytes)
    }

    @Test func eventsStayAppendOnlyForAnythingButErasure() throws {
        let sandbox = try Sandbox()
        try sandbox.log("x", "--complainant", "Ana")
        try sandbox.cmplt("edit", "1", "--complainant", "Ana Zed")
        #expect(throws: (any Error).self) {
            try sandbox.sql("UPDATE event SET new_value = 'Bob' WHERE field = 'complainant'")
        }
        #expect(throws: (any Error).self) { try sandbox.sql("UPDATE event SET note = 'x'") }
        #expect(throws: (any Error).self) { try sandbox.sql("DELETE FROM event") }
    }
}

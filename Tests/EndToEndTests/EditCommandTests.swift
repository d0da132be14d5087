import Foundation
import Testing

@Suite struct EditCommandTests {
    @Test func eachChangedFieldIsAnEventWithOldAndNewValue() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x", "--product", "Card"))
        let result = try sandbox.cmplt(
            "edit", id, "--category", "billing", "--product", "Gold card", "--contact", "a@b.c", "--by", "ana")
        #expect(result.output == "#\(id) changed category, product, contact")
        #expect(
            try sandbox.sql(
                "SELECT field || ':' || coalesce(old_value, 'NULL') || '>' || coalesce(new_value, 'NULL') || ':' || actor FROM event WHERE kind = 'edit' ORDER BY id"
            )
                == ["category:delivery>billing:ana", "product:Card>Gold card:ana", "contact:NULL>a@b.c:ana"])
        let complaint = try sandbox.complaint(Int(id)!)
        #expect(complaint["category"] as? String == "billing")
        let events = complaint["events"] as! [[String: Any]]
        let edit = events.first { $0["kind"] as? String == "edit" }!
        #expect(
            edit["field"] as? String == "category" && edit["old"] as? String == "delivery"
                && edit["new"] as? String == "billing")
    }

    @Test func anUnchangedValueRecordsNothing() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x"))
        #expect(try sandbox.cmplt("edit", id, "--category", "delivery").output == "#\(id) unchanged")
        #expect(try sandbox.sql("SELECT count(*) FROM event") == ["1"])
    }

    @Test func anEmptyValueClearsAnOptionalFieldButNotARequiredOne() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x", "--product", "Card"))
        #expect(try sandbox.cmplt("edit", id, "--product", "").status == 0)
        #expect(try sandbox.complaint(Int(id)!)["product"] is NSNull)
        let bytes = try sandbox.registerBytes()
        expectFailure(
            try sandbox.cmplt("edit", id, "--category", ""), status: 2, mentioning: "category must not be empty")
        #expect(try sandbox.registerBytes() == bytes)
    }

    @Test func aNewSeverityRecomputesTheDueDates() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x", "--received-at", "2026-03-02T09:00:00Z", "--severity", "low"))
        #expect(try sandbox.complaint(Int(id)!)["due_response_at"] as? String == "2026-03-22T09:00:00Z")
        #expect(try sandbox.cmplt("edit", id, "--severity", "critical").status == 0)
        #expect(try sandbox.complaint(Int(id)!)["due_response_at"] as? String == "2026-03-04T09:00:00Z")
    }

    @Test func tagsAreAddedAndRemoved() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x", "--tag", "a", "--tag", "b"))
        #expect(try sandbox.cmplt("edit", id, "--add-tag", "c", "--remove-tag", "a").status == 0)
        #expect(try sandbox.complaint(Int(id)!)["tags"] as? [String] == ["b", "c"])
        #expect(try sandbox.sql("SELECT old_value || '>' || new_value FROM event WHERE field = 'tags'") == ["a;b>b;c"])
    }

    @Test func aReferenceTakenByAnotherComplaintIsRefused() throws {
        let sandbox = try Sandbox()
        try sandbox.log("x", "--ref", "A-1")
        let id = String(try sandbox.log("y"))
        let bytes = try sandbox.registerBytes()
        expectFailure(try sandbox.cmplt("edit", id, "--ref", "A-1"), status: 4, mentioning: "A-1")
        #expect(try sandbox.registerBytes() == bytes)
    }

    @Test func editWithoutFieldsOrOnLifecycleFieldsIsAUsageError() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x"))
        expectFailure(try sandbox.cmplt("edit", id), status: 2, mentioning: "at least one field")
        expectFailure(try sandbox.cmplt("edit", id, "--state", "closed"), status: 2, mentioning: "--state")
        expectFailure(try sandbox.cmplt("edit", "42", "--category", "x"), status: 3, mentioning: "#42")
    }
}

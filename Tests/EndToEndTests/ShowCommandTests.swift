import Foundation
import Testing

/// One complaint with four events, oldest first:
///
/// 1. create, 2026-03-02 09:00Z, by bob: from null to received;
/// 2. move, 2026-03-02 12:00Z, by tester: received → acknowledged, note "Called the customer";
/// 3. note, now, by ana: "Customer sent photos";
/// 4. edit, now, by tester: category delivery → damage.
private func complaintWithHistory() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.log("Parcel left in the rain", "--received-at", "2026-03-02T09:00:00Z", "--by", "bob")
    for arguments in [
        ["advance", "1", "--at", "2026-03-02T12:00:00Z", "--note", "Called the customer"],
        ["note", "1", "Customer sent photos", "--by", "ana"],
        ["edit", "1", "--category", "damage"],
    ] {
        let result = try sandbox.run(["--db", sandbox.database] + arguments)
        guard result.status == 0 else { throw SandboxError("\(arguments) failed (\(result.status)): \(result.stderr)") }
    }
    return sandbox
}

/// Whether `text` reads like `2026-11-21T14:30:00Z`.
private func isRFC3339UTC(_ text: String?) -> Bool {
    guard let text else { return false }
    return text.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/) != nil
}

@Suite struct ShowCommandTests {
    @Test func humanOutputShowsTheComplaintAndItsHistoryInOrder() throws {
        let sandbox = try complaintWithHistory()
        let result = try sandbox.cmplt("show", "1")
        #expect(result.status == 0 && result.stderr.isEmpty)
        let text = result.stdout
        for fragment in ["#1", "Parcel left in the rain", "acknowledged", "damage", "bob", "ana", "tester"] {
            #expect(text.contains(fragment), "missing '\(fragment)' in:\n\(text)")
        }
        let timeline = ["2026-03-02 09:00", "2026-03-02 12:00", "Called the customer", "Customer sent photos"]
        let positions = timeline.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == timeline.count, "timeline incomplete in:\n\(text)")
        #expect(positions == positions.sorted(), "history not oldest first in:\n\(text)")
    }

    @Test func jsonHasEveryContractKeyThenEventsOldestFirst() throws {
        let sandbox = try complaintWithHistory()
        let result = try sandbox.cmplt("show", "1", "--json")
        #expect(result.status == 0 && result.stderr.isEmpty)
        let keys = jsonKeys(in: result.stdout, depth: 1)
        #expect(Array(keys.prefix(contractComplaintKeys.count)) == contractComplaintKeys)
        #expect(keys.contains("events"))

        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(object["id"] as? Int == 1)
        #expect(object["state"] as? String == "acknowledged")
        #expect(object["category"] as? String == "damage")
        #expect(object["acknowledged_at"] as? String == "2026-03-02T12:00:00Z")
        #expect(object["product"] is NSNull)

        let events = try #require(object["events"] as? [[String: Any]])
        try #require(events.count == 4)
        for event in events {
            #expect(Set(event.keys).isSuperset(of: ["id", "at", "actor", "kind", "from", "to", "note"]), "\(event)")
            #expect(isRFC3339UTC(event["at"] as? String), "\(event)")
        }
        let ids = events.map { $0["id"] as! Int }
        #expect(ids == ids.sorted() && Set(ids).count == 4)
        #expect(events.map { $0["kind"] as? String } == ["create", "move", "note", "edit"])
        #expect(events.map { $0["actor"] as? String } == ["bob", "tester", "ana", "tester"])

        let create = events[0]
        let move = events[1]
        let note = events[2]
        let edit = events[3]
        #expect(create["at"] as? String == "2026-03-02T09:00:00Z")
        #expect(create["from"] is NSNull && create["to"] as? String == "received" && create["note"] is NSNull)
        #expect(move["at"] as? String == "2026-03-02T12:00:00Z")
        #expect(move["from"] as? String == "received" && move["to"] as? String == "acknowledged")
        #expect(move["note"] as? String == "Called the customer")
        #expect(note["from"] is NSNull && note["to"] is NSNull && note["note"] as? String == "Customer sent photos")
        #expect(edit["from"] is NSNull && edit["to"] is NSNull)
        #expect(
            edit["field"] as? String == "category" && edit["old"] as? String == "delivery"
                && edit["new"] as? String == "damage")
    }

    @Test func anEditThatSetsAFieldHasANullOldValue() throws {
        let sandbox = try Sandbox()
        try sandbox.log("x")
        #expect(try sandbox.cmplt("edit", "1", "--assignee", "ana").status == 0)
        let events = try sandbox.complaint(1)["events"] as! [[String: Any]]
        #expect(events.last?["field"] as? String == "assignee")
        #expect(events.last?["old"] is NSNull)
        #expect(events.last?["new"] as? String == "ana")
    }

    @Test func theHashFormOfAnIdIsAccepted() throws {
        let sandbox = try complaintWithHistory()
        let plain = try sandbox.cmplt("show", "1", "--json")
        let hashed = try sandbox.cmplt("show", "#1", "--json")
        #expect(hashed.status == 0 && hashed.stderr.isEmpty)
        #expect(hashed.stdout == plain.stdout)
    }

    @Test func aMissingComplaintIsNotFound() throws {
        let sandbox = try complaintWithHistory()
        let before = try sandbox.registerBytes()
        expectFailure(try sandbox.cmplt("show", "5"), status: 3, mentioning: "#5")
        expectFailure(try sandbox.cmplt("show", "#5", "--json"), status: 3, mentioning: "#5")
        #expect(try sandbox.registerBytes() == before)
    }

    @Test func anIdThatIsNotANumberIsAUsageError() throws {
        let sandbox = try complaintWithHistory()
        expectFailure(try sandbox.cmplt("show", "abc"), status: 2, mentioning: "'abc'")
        expectFailure(try sandbox.cmplt("show", "1.5"), status: 2, mentioning: "'1.5'")
    }

    @Test func showWithoutAnIdIsAUsageError() throws {
        let sandbox = try complaintWithHistory()
        expectFailure(try sandbox.cmplt("show"), status: 2, mentioning: "id")
    }
}

import Foundation
import Testing

@Suite struct ExportCommandTests {
    private func sandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.log(
            "Charged twice, \"again\"\nsecond line", "--complainant", "Ana", "--contact", "ana@example.com",
            "--received-at", "2026-03-02T09:00:00Z", "--tag", "vip")
        try sandbox.log("شکایت 😀", "--received-at", "2026-04-02T09:00:00Z")
        try sandbox.cmplt("edit", "1", "--contact", "ana@new.example")
        try sandbox.cmplt("advance", "1", "--at", "2026-03-02T10:00:00Z")
        return sandbox
    }

    @Test func csvIsTheDefaultWithTheContractColumns() throws {
        let result = try sandbox().cmplt("export")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines[0]
                == "id,ref,received_at,channel,category,product,severity,state,complainant,contact,description,desired_outcome,assignee,tags,resolution,upheld,outcome,root_cause,acknowledged_at,responded_at,closed_at,due_acknowledge_at,due_response_at,overdue,reopened"
        )
        #expect(
            result.stdout.contains(
                "1,,2026-03-02T09:00:00Z,web,delivery,,,acknowledged,Ana,ana@new.example,\"Charged twice, \"\"again\"\"\nsecond line\",,,vip,"
            ))
        #expect(result.stdout.contains("2,,2026-04-02T09:00:00Z,web,delivery,,,received,,,شکایت 😀,"))
    }

    @Test func everyMachineFormatCarriesTheSameRecords() throws {
        let sandbox = try sandbox()
        let array =
            try JSONSerialization.jsonObject(with: Data(try sandbox.cmplt("export", "--format", "json").stdout.utf8))
            as! [[String: Any]]
        let lines = try sandbox.cmplt("export", "--format", "jsonl").stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(array.count == 2 && lines.count == 2)
        #expect(array.map { $0["description"] as? String } == lines.map { $0["description"] as? String })
        #expect(array[0]["tags"] as? [String] == ["vip"])
        #expect(
            try sandbox.cmplt("export", "--format", "tsv").stdout.contains("Charged twice, \"again\"\\nsecond line"))
    }

    @Test func redactLeavesOutPersonalDataEverywhere() throws {
        let sandbox = try sandbox()
        let complaints = try sandbox.cmplt("export", "--redact", "--format", "jsonl").stdout
        #expect(!complaints.contains("Ana") && !complaints.contains("ana@"))
        #expect(complaints.contains("\"complainant\":null,\"contact\":null"))
        let events = try sandbox.cmplt("export", "--events", "--redact", "--format", "jsonl").stdout
        #expect(!events.contains("ana@"))
        #expect(events.contains("\"field\":\"contact\",\"old\":null,\"new\":null,\"hash\":"))
    }

    @Test func eventsExportOneRowPerEventInHistoryOrder() throws {
        let sandbox = try sandbox()
        let rows = try sandbox.cmplt("export", "--events").stdout.split(separator: "\n")
        #expect(rows[0] == "id,complaint_id,at,actor,kind,from,to,note,field,old,new,hash")
        #expect(rows.count == 1 + 3 + 1)
        #expect(rows[1].hasPrefix("1,1,2026-03-02T09:00:00Z,tester,create,,received,"))
        #expect(rows.last!.hasPrefix("2,2,2026-04-02T09:00:00Z,tester,create,,received,"))
    }

    @Test func filtersSelectByReceiptAndState() throws {
        let sandbox = try sandbox()
        #expect(try sandbox.cmplt("export", "--since", "2026-04-01").stdout.split(separator: "\n").count == 2)
        #expect(try sandbox.cmplt("export", "--until", "2026-03-31").stdout.split(separator: "\n").count == 2 + 1)
        #expect(
            try sandbox.cmplt("export", "--state", "received", "--format", "jsonl").stdout.split(separator: "\n").count
                == 1)
    }

    @Test func anEmptyRegisterExportsAHeaderOrAnEmptyArray() throws {
        let sandbox = try Sandbox()
        try sandbox.cmplt("config", "set", "target.acknowledge", "2d")
        #expect(try sandbox.cmplt("export").stdout.split(separator: "\n").count == 1)
        #expect(try sandbox.cmplt("export", "--json").stdout == "[]\n")
    }

    @Test func tableFormatAndAMissingRegisterAreRefused() throws {
        let sandbox = try Sandbox()
        expectFailure(try sandbox.cmplt("export"), status: 3, mentioning: "no register")
        try sandbox.log("x")
        expectFailure(
            try sandbox.cmplt("export", "--format", "table"), status: 2, mentioning: "csv, tsv, json or jsonl")
    }
}

import Foundation
import Testing

@Suite struct ImportCommandTests {
    private let header =
        "description,channel,category,received_at,severity,acknowledged_at,responded_at,closed_at,resolution,upheld,outcome,tags,ref"

    @Test func csvWithHistoryBecomesComplaintsAndEvents() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.file(
            "in.csv",
            """
            \(header)
            "Charged twice, ""again""
            second line",email,billing,2026-03-02T09:00:00Z,high,2026-03-02T10:00:00Z,2026-03-04T09:00:00Z,2026-03-05T09:00:00Z,Refunded,yes,accepted,vip;refund,A-1
            شکایت 😀,web,delivery,2026-03-03,,,,,,,,,

            """)
        let result = try sandbox.cmplt("import", file)
        #expect(result.status == 0 && result.output == "imported 2 complaints from \(file)", "\(result.stderr)")
        let first = try sandbox.complaint(1)
        #expect(first["description"] as? String == "Charged twice, \"again\"\nsecond line")
        #expect(first["state"] as? String == "closed" && first["outcome"] as? String == "accepted")
        #expect(first["acknowledged_at"] as? String == "2026-03-02T10:00:00Z")
        #expect(first["responded_at"] as? String == "2026-03-04T09:00:00Z")
        #expect(first["closed_at"] as? String == "2026-03-05T09:00:00Z")
        #expect(first["due_response_at"] as? String == "2026-03-07T09:00:00Z")
        #expect(first["tags"] as? [String] == ["refund", "vip"])
        let moves = try sandbox.sql(
            "SELECT to_state || '@' || at FROM event WHERE complaint_id = 1 AND to_state IS NOT NULL ORDER BY id")
        #expect(
            moves == [
                "received@1772442000", "acknowledged@1772445600", "assessed@1772614800", "investigating@1772614800",
                "responded@1772614800", "closed@1772701200",
            ])
        #expect(try sandbox.complaint(2)["description"] as? String == "شکایت 😀")
    }

    @Test func aBOMAndCRLFLineEndsAreRead() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.file("bom.csv", "\u{FEFF}description,channel,category\r\nx,web,a\r\ny,web,b\r\n")
        #expect(try sandbox.cmplt("import", file).status == 0)
        #expect(try sandbox.sql("SELECT category FROM complaint ORDER BY id") == ["a", "b"])
    }

    @Test func jsonLinesFromStandardInput() throws {
        let sandbox = try Sandbox()
        let input = """
            {"description":"from a form","channel":"web","category":"a","tags":["x","y"],"received_at":"2026-03-05T09:00:00Z","state":"acknowledged","acknowledged_at":"2026-03-05T10:00:00Z"}

            {"description":"second","channel":"web","category":"b","severity":"low","id":99,"overdue":true}
            """
        let result = try sandbox.cmplt("import", "-", stdin: input)
        #expect(result.status == 0 && result.output == "imported 2 complaints from standard input", "\(result.stderr)")
        #expect(try sandbox.complaint(1)["state"] as? String == "acknowledged")
        #expect(try sandbox.sql("SELECT id FROM complaint ORDER BY id") == ["1", "2"])
    }

    @Test(arguments: [2, 3, 4])
    func oneBadRowAnywhereImportsNothingAndNamesItsLine(badLine: Int) throws {
        let sandbox = try Sandbox()
        var rows = ["ok one,web,a", "ok two,web,a", "ok three,web,a"]
        rows[badLine - 2] = "bad,web,a,not-a-date"
        rows = rows.map { $0.split(separator: ",").count == 3 ? $0 + "," : $0 }
        let file = try sandbox.file(
            "bad.csv", "description,channel,category,received_at\n" + rows.joined(separator: "\n") + "\n")
        try sandbox.log("already there")
        let before = try sandbox.registerBytes()
        let result = try sandbox.cmplt("import", file)
        #expect(result.status == 5 && result.stdout.isEmpty)
        #expect(result.stderr.contains("line \(badLine), column received_at:"))
        #expect(result.stderr.hasSuffix("cmplt: 1 bad row in \(file); nothing was imported\n"))
        #expect(try sandbox.registerBytes() == before)
    }

    @Test func impossibleHistoriesAreRowErrors() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.file(
            "history.csv",
            """
            description,channel,category,received_at,closed_at,outcome,state,acknowledged_at
            closed before received,web,a,2026-03-02,2026-03-01,accepted,,
            closed without outcome,web,a,2026-03-02,2026-03-03,,,
            outcome but open,web,a,2026-03-02,,accepted,,
            closed_at but reopened,web,a,2026-03-02,2026-03-03,accepted,investigating,
            acknowledged after closing,web,a,2026-03-02,2026-03-03,accepted,,2026-03-04

            """)
        let result = try sandbox.cmplt("import", file)
        #expect(result.status == 5)
        for line in 2...6 {
            #expect(result.stderr.contains("line \(line), column "), "line \(line) missing: \(result.stderr)")
        }
        #expect(result.stderr.contains("needs an outcome"))
        let exists = FileManager.default.fileExists(atPath: sandbox.database)
        #expect(try !exists || sandbox.sql("SELECT count(*) FROM complaint") == ["0"])
    }

    @Test func duplicateRefsAreErrorsUnlessSkipped() throws {
        let sandbox = try Sandbox()
        try sandbox.log("x", "--ref", "A-1")
        let file = try sandbox.file("refs.csv", "description,channel,category,ref\nnew,web,a,A-2\nold,web,a,A-1\n")
        let refused = try sandbox.cmplt("import", file)
        #expect(refused.status == 5 && refused.stderr.contains("line 3, column ref: 'A-1' is already complaint #1"))
        let skipped = try sandbox.cmplt("import", file, "--skip-existing")
        #expect(skipped.output == "imported 1 complaint from \(file), skipped 1 already present")
        let twice = try sandbox.file("twice.csv", "description,channel,category,ref\na,web,a,B\nb,web,a,B\n")
        #expect(
            try sandbox.cmplt("import", twice).stderr.contains(
                "line 3, column ref: 'B' repeats an earlier row of this file"))
    }

    @Test func unknownColumnsAreErrorsUnlessIgnored() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.file("extra.csv", "description,channel,category,colour\nx,web,a,blue\n")
        #expect(try sandbox.cmplt("import", file).stderr.contains("column colour: unknown column"))
        #expect(try sandbox.cmplt("import", file, "--ignore-unknown").status == 0)
    }

    @Test func aDryRunWritesNothingNotEvenTheFile() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.file("dry.csv", "description,channel,category\nx,web,a\n")
        let result = try sandbox.cmplt("import", "--dry-run", file)
        #expect(result.status == 0 && result.output == "would import 1 complaint from \(file)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.database))
    }

    @Test func emptyFilesAndHeaderOnlyImportNothing() throws {
        let sandbox = try Sandbox()
        #expect(
            try sandbox.cmplt("import", try sandbox.file("empty.csv", "")).output.hasPrefix("imported 0 complaints"))
        #expect(
            try sandbox.cmplt("import", try sandbox.file("h.csv", "description,channel,category\n")).output.hasPrefix(
                "imported 0 complaints"))
    }

    @Test func malformedFilesAreBadData() throws {
        let sandbox = try Sandbox()
        expectFailure(
            try sandbox.cmplt("import", try sandbox.file("q.csv", "description,channel,category\n\"open,web,a\n")),
            status: 5, mentioning: "line 2")
        expectFailure(
            try sandbox.cmplt("import", "-", "--format", "jsonl", stdin: "{\"description\": \n"), status: 5,
            mentioning: "line 1")
        expectFailure(
            try sandbox.cmplt("import", try sandbox.file("dup.csv", "a,a\n")), status: 5, mentioning: "duplicate column"
        )
        expectFailure(
            try sandbox.cmplt("import", sandbox.folder.appendingPathComponent("missing.csv").path), status: 1,
            mentioning: "missing.csv")
        expectFailure(
            try sandbox.cmplt("import", "-", "--format", "json", stdin: ""), status: 2, mentioning: "csv or jsonl")
    }

    @Test(arguments: ["csv", "jsonl"])
    func exportThenImportIntoAnEmptyRegisterGivesTheSameRecords(format: String) throws {
        let source = try Sandbox()
        try source.log(
            "Commas, \"quotes\"\nand a newline", "--severity", "high", "--tag", "vip", "--complainant", "Ana", "--ref",
            "R-1", "--received-at", "2026-03-02T09:00:00Z")
        try source.log("شکایت 😀 — RTL", "--received-at", "2026-03-03T09:00:00Z", "--product", "Card")
        try source.cmplt(
            "advance", "1", "--to", "closed", "--resolution", "Refunded", "--upheld", "partly", "--outcome", "accepted",
            "--at", "2026-03-04T09:00:00Z")
        try source.cmplt("advance", "2", "--at", "2026-03-03T10:00:00Z")
        let exported = try source.cmplt("export", "--format", format).stdout
        let target = try Sandbox()
        let imported = try target.cmplt("import", "-", "--format", format, stdin: exported)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try target.cmplt("export", "--format", format).stdout == exported)
    }
}

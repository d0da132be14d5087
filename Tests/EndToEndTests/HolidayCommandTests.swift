import Foundation
import Testing

@Suite struct HolidayCommandTests {
    @Test func aBusinessDayTargetSkipsWeekendsAndHolidays() throws {
        let sandbox = try Sandbox()
        // Nowruz 2026: Friday 20 to Tuesday 24 March, as one multi-day all-day event.
        let ics = try sandbox.file(
            "iran.ics",
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260320\r\nDTEND;VALUE=DATE:20260325\r\nSUMMARY:Nowruz\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        #expect(try sandbox.cmplt("holiday", "import", ics).output == "imported 5 holidays (5 new)")
        try sandbox.cmplt("config", "set", "target.response.high", "5bd")
        try sandbox.cmplt("config", "set", "calendar.weekend", "fri")
        // Received Thursday 19 March; business days: Wed 25, Thu 26, (Fri 27 weekend), Sat 28, Sun 29, Mon 30.
        let id = try sandbox.log("x", "--severity", "high", "--received-at", "2026-03-19T10:00:00Z")
        #expect(try sandbox.complaint(id)["due_response_at"] as? String == "2026-03-30T23:59:59Z")
        #expect(
            try sandbox.cmplt("show", String(id)).stdout.contains(
                "respond: 5 business days from 2026-03-19: skipped 2026-03-20 to 2026-03-24 (Nowruz), 2026-03-27 (weekend)"
            ))
        // A later change of target leaves the due date, and show no longer claims to explain it.
        try sandbox.cmplt("config", "set", "target.response.high", "2d")
        #expect(try sandbox.complaint(id)["due_response_at"] as? String == "2026-03-30T23:59:59Z")
        #expect(!(try sandbox.cmplt("show", String(id)).stdout.contains("respond: ")))
    }

    @Test func holidaysAreAddedListedAndRemoved() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.cmplt("holiday", "list").stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: sandbox.database))
        #expect(
            try sandbox.cmplt("holiday", "add", "2026-12-25", "Christmas").output == "holiday 2026-12-25 (Christmas)")
        let csv = try sandbox.file("bank.csv", "date,name\n2026-12-26,Boxing Day\n2027-01-01,New Year\n")
        #expect(try sandbox.cmplt("holiday", "import", csv).output == "imported 2 holidays (2 new)")
        let list = try sandbox.json("holiday", "list") as! [[String: Any]]
        #expect(list.map { $0["date"] as? String } == ["2026-12-25", "2026-12-26", "2027-01-01"])
        #expect(list[0]["weekday"] as? String == "fri" && list[1]["name"] as? String == "Boxing Day")
        #expect(try sandbox.cmplt("holiday", "rm", "2026-12-26").status == 0)
        expectFailure(try sandbox.cmplt("holiday", "rm", "2026-12-26"), status: 3, mentioning: "not a holiday")
    }

    @Test func badHolidaysAreRefused() throws {
        let sandbox = try Sandbox()
        expectFailure(try sandbox.cmplt("holiday", "add", "2026-02-30"), status: 2, mentioning: "not a day")
        expectFailure(
            try sandbox.cmplt("holiday", "import", try sandbox.file("bad.csv", "date,name\n2026-13-01,x\n")), status: 5,
            mentioning: "line 2")
        expectFailure(
            try sandbox.cmplt(
                "holiday", "import", try sandbox.file("bad.ics", "BEGIN:VEVENT\nDTSTART:2026\nEND:VEVENT\n")),
            status: 5,
            mentioning: "all-day date")
        expectFailure(
            try sandbox.cmplt("holiday", "import", sandbox.folder.appendingPathComponent("none.csv").path), status: 1,
            mentioning: "none.csv")
        expectFailure(try sandbox.cmplt("holiday"), status: 2, mentioning: "add, rm, list, import")
    }
}

import Foundation
import Testing

@Suite struct CalendarTests {
    @Test func thePersianCalendarShowsSolarHijriDatesAndPeriodsButKeepsMachineOutputInUTC() throws {
        let sandbox = try Sandbox()
        let tehran = ["TZ": "Asia/Tehran"]
        try sandbox.cmplt("config", "set", "calendar.system", "persian")
        try sandbox.cmplt("config", "set", "calendar.week_start", "sat")
        // j1405-08-29 10:00 in Tehran (UTC+03:30) is 2026-11-20T06:30:00Z.
        let id = try sandbox.cmplt(
            "log", "x", "--channel", "web", "--category", "a", "--received-at", "j1405-08-29T10:00", environment: tehran
        ).output
        #expect(try sandbox.complaint(Int(id)!)["received_at"] as? String == "2026-11-20T06:30:00Z")
        let list = try sandbox.cmplt("list", environment: tehran).stdout
        #expect(list.contains(" 1405-08-29 ") && list.contains("1405-08-30 10:00"))
        #expect(
            try sandbox.cmplt("show", id, environment: tehran).stdout.contains("received     1405-08-29 10:00 via web"))
        let report = try sandbox.cmplt(
            "report", "--since", "j1405-07-01", "--until", "j1405-08-29", "--json", environment: tehran
        ).stdout
        let periods =
            (try JSONSerialization.jsonObject(with: Data(report.utf8)) as! [String: Any])["periods"] as! [[String: Any]]
        #expect(periods.map { $0["period"] as? String } == ["1405-07", "1405-08"])
        #expect(periods.map { $0["received"] as? Int } == [0, 1])
        let weeks = try sandbox.cmplt(
            "report", "--period", "week", "--since", "j1405-08-29", "--until", "j1405-08-29", "--format", "csv",
            environment: tehran
        ).stdout
        #expect(weeks.contains("\n1405-W35,1,"))
    }

    @Test func anImpossibleSolarHijriDateIsAUsageError() throws {
        let sandbox = try Sandbox()
        expectFailure(
            try sandbox.cmplt("log", "x", "--channel", "web", "--category", "a", "--received-at", "j1404-12-30"),
            status: 2,
            mentioning: "Solar Hijri")
    }
}

@Suite struct DaylightSavingTests {
    @Test func dueDatesKeepLocalClockTimeAcrossAZoneChange() throws {
        let sandbox = try Sandbox()
        let newYork = ["TZ": "America/New_York"]
        try sandbox.cmplt("config", "set", "target.acknowledge", "1d")
        try sandbox.cmplt("config", "set", "target.response.high", "2bd")
        // Clocks go forward on Sunday 8 March 2026. Received Saturday 7 March, 10:00 EST (15:00Z).
        let id = try sandbox.cmplt(
            "log", "x", "--channel", "web", "--category", "a", "--severity", "high", "--received-at",
            "2026-03-07T10:00",
            environment: newYork
        ).output
        let complaint = try sandbox.complaint(Int(id)!)
        // 1d: the same clock time the next day, 10:00 EDT = 14:00Z (23 hours later).
        #expect(complaint["due_acknowledge_at"] as? String == "2026-03-08T14:00:00Z")
        // 2bd: Monday 9 and Tuesday 10 March; the end of Tuesday, 23:59:59 EDT = 03:59:59Z on the 11th.
        #expect(complaint["due_response_at"] as? String == "2026-03-11T03:59:59Z")
    }
}

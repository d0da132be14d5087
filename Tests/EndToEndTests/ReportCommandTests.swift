import Foundation
import Testing

@Suite struct ReportCommandTests {
    /// Three complaints in September and October 2026 (UTC).
    private func sandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        let a = String(try sandbox.log("a", "--severity", "low", "--received-at", "2026-09-03T10:00"))
        try sandbox.log("b", "--severity", "high", "--received-at", "2026-10-05T10:00")
        try sandbox.log("c", "--received-at", "2026-10-20T10:00")
        try sandbox.cmplt("advance", a, "--at", "2026-09-03T16:00")
        try sandbox.cmplt(
            "advance", a, "--to", "closed", "--resolution", "r", "--upheld", "yes", "--outcome", "accepted", "--at",
            "2026-09-10T10:00")
        try sandbox.cmplt("rate", a, "--score", "5", "--nps", "10", "--at", "2026-09-11T10:00")
        return sandbox
    }

    @Test func jsonHasTheContractKeysAndEveryPeriodInRange() throws {
        let sandbox = try sandbox()
        let report = try sandbox.json("report", "--since", "2026-08-01", "--until", "2026-10-31") as! [String: Any]
        for key in ["period", "since", "until", "periods", "totals", "trend", "categories"] {
            #expect(report[key] != nil, "missing \(key)")
        }
        #expect(report["period"] as? String == "month")
        #expect(
            report["since"] as? String == "2026-08-01T00:00:00Z" && report["until"] as? String == "2026-11-01T00:00:00Z"
        )
        let periods = report["periods"] as! [[String: Any]]
        #expect(periods.map { $0["period"] as? String } == ["2026-08", "2026-09", "2026-10"])
        let keys = [
            "period", "received", "closed", "open_at_end", "median_hours_to_acknowledge", "median_days_to_respond",
            "median_days_to_close", "responded_within_target_pct", "upheld_pct", "reopened", "ratings", "csat_pct",
            "mean_score", "nps", "mean_effort",
        ]
        for entry in periods + [report["totals"] as! [String: Any]] {
            for key in keys { #expect(entry[key] != nil, "missing \(key)") }
        }
        #expect(periods[0]["received"] as? Int == 0 && periods[0]["median_days_to_close"] is NSNull)
        #expect(
            periods[1]["median_hours_to_acknowledge"] as? Double == 6.0
                && periods[1]["median_days_to_close"] as? Double == 7.0)
        #expect(periods[1]["csat_pct"] as? Double == 100.0 && periods[1]["nps"] as? Double == 100.0)
        #expect(periods[2]["open_at_end"] as? Int == 2)
        let totals = report["totals"] as! [String: Any]
        #expect(totals["period"] as? String == "total" && totals["received"] as? Int == 3)
        let trend = report["trend"] as! [String: Any]
        #expect(trend["method"] as? String == "mann-kendall" && trend["direction"] as? String == "flat")
        let categories = report["categories"] as! [[String: Any]]
        #expect(categories.first?["category"] as? String == "delivery" && categories.first?["count"] as? Int == 3)
        #expect(
            categories.first?["share_pct"] as? Double == 100.0
                && categories.first?["cumulative_pct"] as? Double == 100.0)
        #expect(report["groups"] == nil)
    }

    @Test func byAddsGroupsWithTheirOwnTotals() throws {
        let sandbox = try sandbox()
        let report = try sandbox.json("report", "--since", "2026-09-01", "--by", "severity") as! [String: Any]
        let groups = report["groups"] as! [[String: Any]]
        #expect(groups.map { $0["key"] as? String } == [nil, "high", "low"])
        #expect(groups.map { ($0["totals"] as! [String: Any])["received"] as? Int } == [1, 1, 1])
    }

    @Test func fewerThanThreePeriodsHaveNoPValue() throws {
        let sandbox = try sandbox()
        let report = try sandbox.json("report", "--period", "quarter", "--since", "2026-09-01") as! [String: Any]
        let trend = report["trend"] as! [String: Any]
        #expect(trend["p_value"] is NSNull && trend["direction"] as? String == "flat")
    }

    @Test func csvHasOneRowPerPeriodAndATotal() throws {
        let sandbox = try sandbox()
        let lines = try sandbox.cmplt("report", "--since", "2026-09-01", "--until", "2026-10-31", "--format", "csv")
            .stdout
            .split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("period,received,closed,open_at_end,median_hours_to_acknowledge"))
        #expect(lines[1].hasPrefix("2026-09,1,1,0,6.0,7.0,7.0,100.0,100.0,0,1,100.0,5.0,100.0,"))
        #expect(lines[3].hasPrefix("total,3,1,2,"))
    }

    @Test func theHumanReportHasItsSections() throws {
        let sandbox = try sandbox()
        let text = try sandbox.cmplt("report", "--since", "2026-09-01").stdout
        for heading in ["Handling", "Satisfaction", "Trends", "Categories (Pareto)", "Open at the end"] {
            #expect(text.contains(heading), "missing \(heading)")
        }
        #expect(text.contains("2026-09") && text.contains("total"))
    }

    @Test func markdownIsAManagementReviewDocumentWithTables() throws {
        let sandbox = try sandbox()
        let text = try sandbox.cmplt("report", "--since", "2026-09-01", "--until", "2026-10-31", "--format", "markdown")
            .stdout
        #expect(text.hasPrefix("# Complaints 2026-09 – 2026-10 (2 months)\n"))
        #expect(text.contains("## Handling (ISO 10002 8.2, 8.4)"))
        #expect(text.contains("| PERIOD | RECEIVED | CLOSED | OPEN |"))
        #expect(text.contains("| 2026-09 | 1 | 1 | 0 | 6 | 7 | 7 | 100% | 100% | 0 | 0 |"))
    }

    @Test func htmlIsOneSelfContainedFileWithCharts() throws {
        let sandbox = try sandbox()
        let html = try sandbox.cmplt("report", "--since", "2026-09-01", "--format", "html").stdout
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 4)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=") && !html.contains("href="))
        #expect(html.contains("<td>2026-09</td>"))
        expectFailure(try sandbox.cmplt("list", "--format", "html"), status: 2, mentioning: "only for 'cmplt report'")
    }

    @Test func badRangesAndValuesAreUsageErrors() throws {
        let sandbox = try sandbox()
        expectFailure(
            try sandbox.cmplt("report", "--period", "decade"), status: 2, mentioning: "week, month, quarter, year")
        expectFailure(
            try sandbox.cmplt("report", "--since", "2026-10-01", "--until", "2026-09-01"), status: 2,
            mentioning: "--since")
        expectFailure(
            try sandbox.cmplt("report", "--by", "colour"), status: 2, mentioning: "category, channel, product, severity"
        )
        expectFailure(try sandbox.cmplt("report", "--until", "2999-01-01"), status: 2, mentioning: "future")
    }

    @Test func periodsAreBucketedInTheLocalZone() throws {
        let sandbox = try Sandbox()
        // 2026-09-30T21:00Z is 1 October, 00:30 in Tehran (UTC+03:30).
        try sandbox.log("x", "--received-at", "2026-09-30T21:00:00Z")
        func received(_ zone: String) throws -> [Int?] {
            let result = try sandbox.cmplt(
                "report", "--since", "2026-09-01", "--until", "2026-10-31", "--json", environment: ["TZ": zone])
            let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
            return (report["periods"] as! [[String: Any]]).map { $0["received"] as? Int }
        }
        #expect(try received("UTC") == [1, 0])
        #expect(try received("Asia/Tehran") == [0, 1])
    }

    @Test func aReportNeedsARegister() throws {
        let sandbox = try Sandbox()
        expectFailure(try sandbox.cmplt("report"), status: 3, mentioning: "no register")
    }
}

import CmpltCore
import Testing

/// A five-complaint register over January–March 2026 whose report was worked out by hand.
///
/// | # | received     | sev    | ack          | first resp.  | closings            | other                          |
/// |---|--------------|--------|--------------|--------------|---------------------|--------------------------------|
/// | 1 | Jan 05 10:00 | high   | Jan 05 16:00 | Jan 08 10:00 | Jan 15 10:00        | upheld yes; rated 5/10/7 Jan 20 |
/// | 2 | Jan 20 00:00 | low    | Jan 21 00:00 | Feb 19 00:00 | Feb 20 00:00        | upheld no; rated 2/6/3 Feb 25   |
/// | 3 | Feb 10 12:00 | medium | Feb 10 18:00 | Feb 12 12:00 | Feb 14, reopened Mar 01 12:00, responded Mar 03 12:00 (yes), closed Mar 05 12:00 | rated 4/-/5 Mar 06 |
/// | 4 | Mar 10 00:00 | -      | -            | -            | -                   | open                           |
/// | 5 | Mar 20 00:00 | low    | Mar 20 12:00 | Mar 25 00:00 | -                   | upheld yes; escalated Mar 26    |
///
/// Targets are set in hours (high 120h, medium 240h, low 480h) so that no time zone moves them.
@Suite struct ReportTests {
    private func t(_ text: String) -> Timestamp { Timestamp(rfc3339: "2026-\(text):00Z")! }

    private func register() throws -> TemporaryRegister {
        let temporary = try TemporaryRegister()
        let register = temporary.register
        try register.set(.targetResponseHigh, to: "120h")
        try register.set(.targetResponseMedium, to: "240h")
        try register.set(.targetResponseLow, to: "480h")
        func log(_ category: String, _ severity: Severity?, _ at: String) throws -> Int64 {
            try register.log(
                NewComplaint(
                    description: "x", channel: "web", category: category, receivedAt: t(at), severity: severity),
                actor: "t")
        }
        func move(_ id: Int64, _ target: State?, _ at: String, _ configure: (inout MoveRequest) -> Void = { _ in })
            throws
        {
            var request = MoveRequest(target: target)
            request.at = t(at)
            configure(&request)
            _ = try register.move(id, request, actor: "t", now: t("06-01T00:00"))
        }
        func respond(_ id: Int64, _ at: String, _ upheld: Upheld) throws {
            try move(id, .responded, at) {
                $0.resolution = "done"
                $0.upheld = upheld
            }
        }
        func close(_ id: Int64, _ at: String) throws { try move(id, .closed, at) { $0.outcome = .accepted } }

        let c1 = try log("billing", .high, "01-05T10:00")
        try move(c1, nil, "01-05T16:00")
        try respond(c1, "01-08T10:00", .yes)
        try close(c1, "01-15T10:00")
        try register.rate(Rating(complaintID: c1, at: t("01-20T00:00"), actor: "t", score: 5, nps: 10, effort: 7))

        let c2 = try log("delivery", .low, "01-20T00:00")
        try move(c2, nil, "01-21T00:00")
        try respond(c2, "02-19T00:00", .no)
        try close(c2, "02-20T00:00")
        try register.rate(Rating(complaintID: c2, at: t("02-25T00:00"), actor: "t", score: 2, nps: 6, effort: 3))

        let c3 = try log("billing", .medium, "02-10T12:00")
        try move(c3, nil, "02-10T18:00")
        try respond(c3, "02-12T12:00", .partly)
        try close(c3, "02-14T12:00")
        try move(c3, .investigating, "03-01T12:00")
        try respond(c3, "03-03T12:00", .yes)
        try close(c3, "03-05T12:00")
        try register.rate(Rating(complaintID: c3, at: t("03-06T00:00"), actor: "t", score: 4, effort: 5))

        _ = try log("delivery", nil, "03-10T00:00")

        let c5 = try log("service", .low, "03-20T00:00")
        try move(c5, nil, "03-20T12:00")
        try respond(c5, "03-25T00:00", .yes)
        try move(c5, .escalated, "03-26T00:00")
        return temporary
    }

    private func report(_ temporary: TemporaryRegister, dimension: ReportDimension? = nil) throws -> Report {
        let since = try DateParser.parse("2026-01-01", now: t("06-01T00:00"), zone: .utc)
        let until = try DateParser.parse("2026-03-31", now: t("06-01T00:00"), zone: .utc)
        return try temporary.register.report(
            ReportRequest(
                kind: .month, since: since, until: until, dimension: dimension, now: t("06-01T00:00"), zone: .utc))
    }

    @Test func theRangeCoversWholeMonthsAndABareUntilDayWhole() throws {
        let report = try report(try register())
        #expect(report.periods.map(\.period) == ["2026-01", "2026-02", "2026-03"])
        #expect(report.since == t("01-01T00:00") && report.until == t("04-01T00:00"))
    }

    @Test func countsPlaceEachEventInItsOwnPeriod() throws {
        let periods = try report(try register()).periods
        #expect(periods.map(\.received) == [2, 1, 2])
        #expect(periods.map(\.closed) == [1, 2, 1])
        #expect(periods.map(\.openAtEnd) == [1, 0, 2])
        #expect(periods.map(\.reopened) == [0, 0, 1])
        #expect(periods.map(\.escalated) == [0, 0, 1])
    }

    @Test func mediansAreOverTheComplaintsWhoseStepFellInThePeriod() throws {
        let report = try report(try register())
        #expect(report.periods.map(\.medianHoursToAcknowledge) == [15.0, 6.0, 12.0])
        #expect(report.periods.map(\.medianDaysToRespond) == [3.0, 16.0, 5.0])
        #expect(report.periods.map(\.medianDaysToClose) == [10.0, 31.0, 23.0])
        #expect(report.totals.medianHoursToAcknowledge == 9.0)
        #expect(report.totals.medianDaysToRespond == 4.0)
        #expect(report.totals.medianDaysToClose == 23.0)
    }

    @Test func targetsAndUpheldRatesUseFirstAndLatestResponses() throws {
        let report = try report(try register())
        #expect(report.periods.map(\.respondedWithinTargetPct) == [100.0, 50.0, 100.0])
        #expect(report.periods.map(\.upheldPct) == [100.0, 0.0, 100.0])
        #expect(report.totals.respondedWithinTargetPct == 75.0)
        #expect(report.totals.upheldPct == 75.0)
    }

    @Test func satisfactionFollowsTheRatingTimes() throws {
        let report = try report(try register())
        #expect(report.periods.map(\.ratings) == [1, 1, 1])
        #expect(report.periods.map(\.csatPct) == [100.0, 0.0, 100.0])
        #expect(report.periods.map(\.nps) == [100.0, -100.0, nil])
        #expect(report.periods.map(\.meanEffort) == [7.0, 3.0, 5.0])
        #expect(report.periods.map(\.responseRatePct) == [100.0, 50.0, 100.0])
        let totals = report.totals
        #expect(totals.csatPct == 66.7 && totals.meanScore == 3.67 && totals.nps == 0.0 && totals.meanEffort == 5.0)
        #expect(totals.responseRatePct == 75.0)
    }

    @Test func theTotalsOpenCountIsTheRangeEnd() throws {
        let report = try report(try register())
        #expect(report.totals.received == 5 && report.totals.closed == 4 && report.totals.openAtEnd == 2)
        #expect(report.totals.reopened == 1 && report.totals.escalated == 1)
    }

    @Test func theTrendOfAFlatSeriesIsFlat() throws {
        let trend = try report(try register()).trend
        #expect(
            trend.direction == .flat && trend.pValue == 1.0 && trend.slopePerPeriod == 0.0
                && trend.method == "mann-kendall")
    }

    @Test func categoriesFormAParetoTableWithTiesByName() throws {
        let categories = try report(try register()).categories
        #expect(categories.map(\.category) == ["billing", "delivery", "service"])
        #expect(categories.map(\.count) == [2, 2, 1])
        #expect(categories.map(\.sharePct) == [40.0, 40.0, 20.0])
        #expect(categories.map(\.cumulativePct) == [40.0, 80.0, 100.0])
        #expect(categories.map(\.vitalFew) == [true, true, false])
    }

    @Test func theBacklogIsAgedAtTheRangeEnd() throws {
        let backlog = try report(try register()).backlog
        #expect(backlog.map(\.count) == [0, 1, 1, 0])
    }

    @Test func groupsHaveTheirOwnTotals() throws {
        let groups = try report(try register(), dimension: .severity).groups
        #expect(groups.map(\.key) == [nil, "high", "low", "medium"])
        let low = groups[2].totals
        #expect(low.received == 2 && low.closed == 1 && low.openAtEnd == 1 && low.escalated == 1)
        #expect(groups[0].totals.received == 1 && groups[0].totals.openAtEnd == 1)
    }

    @Test func emptyPeriodsHaveZeroCountsAndNullMetrics() throws {
        let temporary = try TemporaryRegister()
        let since = try DateParser.parse("2026-01-01", now: t("06-01T00:00"), zone: .utc)
        let report = try temporary.register.report(
            ReportRequest(kind: .quarter, since: since, now: t("06-01T00:00"), zone: .utc))
        #expect(report.periods.map(\.period) == ["2026-Q1", "2026-Q2"])
        #expect(
            report.periods.allSatisfy {
                $0.received == 0 && $0.medianDaysToClose == nil && $0.csatPct == nil && $0.nps == nil
            })
        #expect(report.categories.isEmpty)
        #expect(report.trend.pValue == nil && report.trend.direction == .flat)
    }

    @Test func aCountFarAboveItsOwnHistoryIsARecurringProblem() throws {
        let temporary = try TemporaryRegister()
        // billing 1, 1, 1, 6 in January–April: λ = 1, P(X ≥ 6) = 1 − e⁻¹(1 + 1 + 1/2 + 1/6 + 1/24 + 1/120) = 0.000594.
        // delivery 2, 2, 2, 3: λ = 2, P(X ≥ 3) = 1 − 5e⁻² = 0.3233, not flagged.
        for (month, billing, delivery) in [("01", 1, 2), ("02", 1, 2), ("03", 1, 2), ("04", 6, 3)] {
            for _ in 0..<billing { try temporary.log(category: "billing", receivedAt: t("\(month)-10T00:00")) }
            for _ in 0..<delivery { try temporary.log(category: "delivery", receivedAt: t("\(month)-11T00:00")) }
        }
        let since = try DateParser.parse("2026-01-01", now: t("06-01T00:00"), zone: .utc)
        let until = try DateParser.parse("2026-04-30", now: t("06-01T00:00"), zone: .utc)
        let report = try temporary.register.report(
            ReportRequest(kind: .month, since: since, until: until, now: t("06-01T00:00"), zone: .utc))
        #expect(report.recurring.count == 1)
        let problem = try #require(report.recurring.first)
        #expect(problem.field == "category" && problem.value == "billing" && problem.count == 6)
        #expect(problem.expected == 1.0 && problem.pValue == 0.0006)
    }

    @Test func aValueNewInTheLastPeriodIsNotRecurring() throws {
        let temporary = try TemporaryRegister()
        try temporary.log(category: "other", receivedAt: t("01-10T00:00"))
        for _ in 0..<5 { try temporary.log(category: "new", receivedAt: t("04-10T00:00")) }
        let since = try DateParser.parse("2025-06-01", now: t("06-01T00:00"), zone: .utc)
        let until = try DateParser.parse("2026-04-30", now: t("06-01T00:00"), zone: .utc)
        let report = try temporary.register.report(
            ReportRequest(kind: .month, since: since, until: until, now: t("06-01T00:00"), zone: .utc))
        #expect(report.recurring.isEmpty)
    }

    @Test func weightedAttributesMakeTheSatisfactionIndex() throws {
        let temporary = try TemporaryRegister()
        let id = try temporary.log(receivedAt: t("01-05T00:00"))
        // speed: (2 - 1) / 4 = 25; courtesy: (5 - 1) / 4 = 100; weights 3 and 1: (75 + 100) / 4 = 43.75 → 43.8
        try temporary.register.rate(
            Rating(
                complaintID: id, at: t("01-06T00:00"), actor: "t", score: 3,
                attributes: [RatingAttribute(name: "speed", score: 2), RatingAttribute(name: "courtesy", score: 5)]))
        try temporary.register.setWeight("speed", to: 3)
        let report = try report(temporary)
        #expect(report.totals.satisfactionIndex == 43.8)
        #expect(report.totals.attributes.map(\.name) == ["courtesy", "speed"])
        #expect(report.totals.attributes.map(\.performancePct) == [100.0, 25.0])
        #expect(report.totals.attributes.map(\.weight) == [1, 3])
    }
}

@Suite struct ReportRangeTests {
    private let now = Timestamp(rfc3339: "2026-11-21T12:00:00Z")!

    private func range(_ kind: PeriodKind, since: String? = nil, until: String? = nil) throws -> [String] {
        let parse = { (text: String) in try DateParser.parse(text, now: self.now, zone: .utc) }
        return try ReportRange(kind: kind, since: since.map(parse), until: until.map(parse), now: now, zone: .utc)
            .periods.map(\.label)
    }

    @Test func withoutBoundsItCoversTheLastTwelvePeriods() throws {
        #expect(
            try range(.month) == [
                "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08",
                "2026-09", "2026-10", "2026-11",
            ])
        #expect(try range(.year).first == "2015")
        #expect(try range(.quarter).first == "2024-Q1")
    }

    @Test func weeksAreISOWeeksIncludingWeek53() throws {
        #expect(try range(.week, since: "2026-12-28", until: "2027-01-04") == ["2026-W53", "2027-W01"])
        #expect(try range(.week, since: "2021-01-01", until: "2021-01-04") == ["2020-W53", "2021-W01"])
    }

    @Test func quartersAndYearsCrossTheirBoundaries() throws {
        #expect(try range(.quarter, since: "2025-12-31", until: "2026-01-01") == ["2025-Q4", "2026-Q1"])
        #expect(try range(.year, since: "2025-06-01", until: "2026-02-01") == ["2025", "2026"])
    }

    @Test func onlyUntilGivesTheTwelvePeriodsEndingWithIt() throws {
        let labels = try range(.month, until: "2026-03-15")
        #expect(labels.count == 12 && labels.first == "2025-04" && labels.last == "2026-03")
    }

    @Test func anUntilWithATimeIsExclusive() throws {
        #expect(try range(.month, since: "2026-01-10", until: "2026-03-01T00:00:00Z") == ["2026-01", "2026-02"])
        #expect(try range(.month, since: "2026-01-10", until: "2026-02-28") == ["2026-01", "2026-02"])
    }

    @Test func onlySinceRunsThroughTheCurrentPeriod() throws {
        #expect(try range(.quarter, since: "2026-05-01") == ["2026-Q2", "2026-Q3", "2026-Q4"])
    }

    @Test func sinceAfterUntilAndHugeRangesAreRefused() {
        #expect(throws: CmpltError.self) { try range(.month, since: "2026-05-01", until: "2026-04-01") }
        #expect(throws: CmpltError.self) { try range(.week, since: "1900-01-01") }
    }

    @Test func periodsAreBoundedAtLocalMidnightInTheZone() throws {
        let tehran = Zone.fixed(offsetSeconds: 12_600)
        let since = try DateParser.parse("2026-01-01", now: now, zone: tehran)
        let range = try ReportRange(kind: .month, since: since, until: since, now: now, zone: tehran)
        #expect(range.start == Timestamp(rfc3339: "2025-12-31T20:30:00Z"))
        #expect(range.index(of: Timestamp(rfc3339: "2025-12-31T20:29:59Z")!) == nil)
        #expect(range.index(of: Timestamp(rfc3339: "2025-12-31T20:30:00Z")!) == 0)
    }
}

@Suite struct PersianReportTests {
    @Test func aMonthlyReportCountsInSolarHijriMonths() throws {
        let temporary = try TemporaryRegister()
        try temporary.register.set(.calendarSystem, to: "persian")
        // 22 October 2026 is 1405-07-30, the last day of Mehr; 23 October is 1405-08-01.
        try temporary.log(receivedAt: Timestamp(rfc3339: "2026-10-22T12:00:00Z")!)
        try temporary.log(receivedAt: Timestamp(rfc3339: "2026-10-23T12:00:00Z")!)
        try temporary.log(receivedAt: Timestamp(rfc3339: "2026-10-23T13:00:00Z")!)
        let now = Timestamp(rfc3339: "2026-11-21T12:00:00Z")!
        let since = try DateParser.parse("2026-10-01", now: now, zone: .utc)
        let report = try temporary.register.report(ReportRequest(kind: .month, since: since, now: now, zone: .utc))
        #expect(report.periods.map(\.period) == ["1405-07", "1405-08"])
        #expect(report.periods.map(\.received) == [1, 2])
        #expect(report.since == Timestamp(rfc3339: "2026-09-23T00:00:00Z"))
    }
}

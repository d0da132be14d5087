import CmpltCore
import Testing

@Suite struct PersianDateRoundTripTests {
    @Test func everyDayFrom1990Through2060RoundTripsAndAdvancesByOneDay() throws {
        let first = try #require(CivilDate(year: 1990, month: 1, day: 1))
        let last = try #require(CivilDate(year: 2060, month: 12, day: 31))
        var previous = PersianDate(first.adding(days: -1))
        var civil = first
        var count = 0
        while civil <= last {
            let persian = PersianDate(civil)
            #expect(persian.gregorian == civil, "\(civil) -> \(persian)")
            #expect(PersianDate(year: persian.year, month: persian.month, day: persian.day) == persian, "\(persian)")
            #expect(previous < persian)
            let isNextDay =
                (persian.year == previous.year && persian.month == previous.month && persian.day == previous.day + 1)
                || (persian.year == previous.year && persian.month == previous.month + 1 && persian.day == 1)
                || (persian.year == previous.year + 1 && persian.month == 1 && persian.day == 1
                    && previous.month == 12)
            #expect(isNextDay, "\(previous) then \(persian)")
            previous = persian
            civil = civil.adding(days: 1)
            count += 1
        }
        #expect(count == 25_933)
    }

    @Test func everyPersianDayFrom1300Through1500RoundTrips() {
        var expectedDays = PersianDate(year: 1_300, month: 1, day: 1)!.gregorian.daysSinceEpoch
        for year in 1_300...1_500 {
            for month in 1...12 {
                for day in 1...31 {
                    guard let persian = PersianDate(year: year, month: month, day: day) else { continue }
                    #expect(persian.gregorian.daysSinceEpoch == expectedDays, "\(persian)")
                    #expect(PersianDate(persian.gregorian) == persian, "\(persian)")
                    expectedDays += 1
                }
            }
        }
        #expect(expectedDays == PersianDate(year: 1_501, month: 1, day: 1)!.gregorian.daysSinceEpoch)
    }

    /// Outside the break table (before -61 AP or from 3178 AP on) the rule is extended; conversion must stay exact.
    @Test(arguments: [-1_000_000, -20_000, -62, -61, 0, 1, 1_177, 1_178, 3_177, 3_178, 3_200, 20_000, 1_000_000])
    func remoteYearsStayConsistent(year: Int) {
        let nowruz = PersianDate(year: year, month: 1, day: 1)!
        let lastDay = PersianDate(year: year, month: 12, day: PersianDate.isLeap(year) ? 30 : 29)!
        let nextNowruz = PersianDate(year: year + 1, month: 1, day: 1)!
        #expect(PersianDate(nowruz.gregorian) == nowruz)
        #expect(PersianDate(lastDay.gregorian) == lastDay)
        #expect(lastDay.gregorian.adding(days: 1) == nextNowruz.gregorian)
        #expect(PersianDate(nowruz.gregorian.adding(days: -1)).year == year - 1)
    }

    @Test func weekdayFollowsTheGregorianDay() {
        // Nowruz 1405 (2026-03-21) is a Saturday.
        #expect(PersianDate(year: 1_405, month: 1, day: 1)!.gregorian.weekday == .sat)
    }
}

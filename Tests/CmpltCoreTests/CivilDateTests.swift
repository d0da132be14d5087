import CmpltCore
import Testing

struct CivilDateTests {
    static let epochDays: [(year: Int, month: Int, day: Int, days: Int64)] = [
        (1970, 1, 1, 0),
        (1969, 12, 31, -1),
        (1900, 3, 1, -25_508),
        (2000, 2, 29, 11_016),
        (2024, 2, 29, 19_782),
        (2026, 1, 1, 20_454),
        (2026, 11, 21, 20_778),
        (1, 1, 1, -719_162),
        (9999, 12, 31, 2_932_896),
    ]

    @Test(arguments: epochDays)
    func convertsToAndFromDaysSinceEpoch(year: Int, month: Int, day: Int, days: Int64) {
        let date = CivilDate(year, month, day)
        #expect(date.daysSinceEpoch == days)
        #expect(CivilDate(daysSinceEpoch: days) == date)
    }

    @Test func roundTripsEveryDayOfFourHundredYearsAndSomeRemoteOnes() {
        var previous = CivilDate(daysSinceEpoch: -1)
        for days in Int64(0)...146_097 {
            let date = CivilDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(CivilDate(year: date.year, month: date.month, day: date.day) == date)
            #expect(previous < date)
            previous = date
        }
        for days in [Int64(-1_000_000_000), -719_163, 10_000_000_000] {
            #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test func rejectsImpossibleDates() {
        #expect(CivilDate(year: 2026, month: 2, day: 30) == nil)
        #expect(CivilDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2026, month: 0, day: 1) == nil)
        #expect(CivilDate(year: 2026, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 2026, month: 1, day: 0) == nil)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
    }

    @Test func knowsWeekdays() {
        #expect(CivilDate(2026, 11, 21).weekday == .sat)
        #expect(CivilDate(2026, 11, 20).weekday == .fri)
        #expect(CivilDate(1970, 1, 1).weekday == .thu)
        #expect(CivilDate(1969, 12, 31).weekday == .wed)
        #expect(CivilDate(2024, 12, 30).weekday == .mon)
        #expect(CivilDate(2021, 1, 3).weekday == .sun)
        #expect(CivilDate(1, 1, 1).weekday == .mon)
    }

    static let isoWeeks: [(date: CivilDate, year: Int, week: Int)] = [
        (CivilDate(2026, 12, 31), 2026, 53),
        (CivilDate(2027, 1, 1), 2026, 53),
        (CivilDate(2021, 1, 3), 2020, 53),
        (CivilDate(2020, 12, 31), 2020, 53),
        (CivilDate(2024, 12, 30), 2025, 1),
        (CivilDate(2026, 1, 1), 2026, 1),
        (CivilDate(2026, 11, 21), 2026, 47),
        (CivilDate(2008, 12, 29), 2009, 1),
        (CivilDate(2010, 1, 3), 2009, 53),
    ]

    @Test(arguments: isoWeeks)
    func numbersISOWeeks(date: CivilDate, year: Int, week: Int) {
        #expect(date.isoWeek == (year, week))
    }

    @Test func knowsQuarters() {
        #expect([1, 3, 4, 6, 7, 9, 10, 12].map { CivilDate(2026, $0, 1).quarter } == [1, 1, 2, 2, 3, 3, 4, 4])
    }

    @Test func addsDaysAcrossMonthsYearsAndLeapDays() {
        #expect(CivilDate(2024, 2, 28).adding(days: 1) == CivilDate(2024, 2, 29))
        #expect(CivilDate(2025, 2, 28).adding(days: 1) == CivilDate(2025, 3, 1))
        #expect(CivilDate(2026, 12, 31).adding(days: 1) == CivilDate(2027, 1, 1))
        #expect(CivilDate(2026, 1, 1).adding(days: -1) == CivilDate(2025, 12, 31))
        #expect(CivilDate(2026, 11, 21).adding(days: 0) == CivilDate(2026, 11, 21))
    }

    @Test func describesAsISODateWithFourDigitYears() {
        #expect(CivilDate(2026, 11, 21).description == "2026-11-21")
        #expect(CivilDate(1, 2, 3).description == "0001-02-03")
        #expect(CivilDate(9999, 12, 31).description == "9999-12-31")
    }

    @Test func ordersChronologically() {
        #expect(CivilDate(2025, 12, 31) < CivilDate(2026, 1, 1))
        #expect(CivilDate(2026, 1, 31) < CivilDate(2026, 2, 1))
        #expect(CivilDate(2026, 2, 1) < CivilDate(2026, 2, 2))
        #expect(!(CivilDate(2026, 2, 2) < CivilDate(2026, 2, 2)))
    }
}

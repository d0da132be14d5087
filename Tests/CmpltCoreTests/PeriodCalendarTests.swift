import CmpltCore
import Testing

@Suite struct PeriodCalendarTests {
    private let saturday = CivilDate(year: 2026, month: 11, day: 21)!  // 1405-08-30

    @Test func mondayWeeksInTheGregorianCalendarAreISOWeeks() {
        let calendar = PeriodCalendar()
        for (year, month, day, label) in [
            (2026, 12, 31, "2026-W53"), (2027, 1, 3, "2026-W53"), (2021, 1, 3, "2020-W53"), (2024, 12, 30, "2025-W01"),
        ] {
            let date = CivilDate(year: year, month: month, day: day)!
            #expect(calendar.label(of: calendar.firstDay(of: date, kind: .week), kind: .week) == label)
        }
    }

    @Test func weeksStartOnTheConfiguredDay() {
        let calendar = PeriodCalendar(weekStart: .sat)
        // Saturday 21 November 2026 starts its week; the middle day, 24 November, is day 328: week 47.
        #expect(calendar.firstDay(of: saturday, kind: .week) == saturday)
        #expect(calendar.firstDay(of: saturday.adding(days: 6), kind: .week) == saturday)
        #expect(calendar.firstDay(of: saturday.adding(days: -1), kind: .week) == saturday.adding(days: -7))
        #expect(calendar.label(of: saturday, kind: .week) == "2026-W47")
    }

    @Test func persianMonthsQuartersAndYears() {
        let calendar = PeriodCalendar(system: .persian, weekStart: .sat)
        // 1405-08-01 is 23 October 2026 (29 days before 1405-08-30); Mehr (month 7) has 30 days.
        #expect(calendar.firstDay(of: saturday, kind: .month) == CivilDate(year: 2026, month: 10, day: 23))
        #expect(calendar.label(of: calendar.firstDay(of: saturday, kind: .month), kind: .month) == "1405-08")
        #expect(
            calendar.firstDay(1, after: CivilDate(year: 2026, month: 10, day: 23)!, kind: .month)
                == CivilDate(year: 2026, month: 11, day: 22))
        #expect(calendar.firstDay(of: saturday, kind: .quarter) == CivilDate(year: 2026, month: 9, day: 23))
        #expect(calendar.label(of: CivilDate(year: 2026, month: 9, day: 23)!, kind: .quarter) == "1405-Q3")
        #expect(calendar.firstDay(of: saturday, kind: .year) == CivilDate(year: 2026, month: 3, day: 21))
        #expect(calendar.label(of: CivilDate(year: 2026, month: 3, day: 21)!, kind: .year) == "1405")
    }

    @Test func persianWeeksAreNumberedByTheirMiddleDay() {
        // The week from Saturday 1405-08-30; its middle day 1405-09-03 is day 186 + 30 + 30 + 3 = 249: week 36.
        #expect(PeriodCalendar(system: .persian, weekStart: .sat).label(of: saturday, kind: .week) == "1405-W36")
    }
}

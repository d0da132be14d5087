import CmpltCore
import Testing

struct WorkCalendarTests {
    @Test func defaultsToMondayToFridayWithoutHolidaysInLocalTime() {
        let calendar = WorkCalendar()
        #expect(calendar.weekend == [.sat, .sun])
        #expect(calendar.holidays.isEmpty)
        #expect(calendar.zone == .local)
        #expect(calendar.isBusinessDay(CivilDate(2026, 11, 20)))
        #expect(!calendar.isBusinessDay(CivilDate(2026, 11, 21)))
        #expect(!calendar.isBusinessDay(CivilDate(2026, 11, 22)))
        #expect(calendar.isBusinessDay(CivilDate(2026, 11, 23)))
    }

    @Test func excludesHolidays() {
        let calendar = WorkCalendar(holidays: [CivilDate(2026, 12, 25)])
        #expect(!calendar.isBusinessDay(CivilDate(2026, 12, 25)))
        #expect(calendar.isBusinessDay(CivilDate(2026, 12, 24)))
    }

    @Test func ignoresAWeekendOfEveryDay() {
        let calendar = WorkCalendar(weekend: Set(Weekday.allCases), holidays: [CivilDate(2026, 11, 21)])
        #expect(calendar.isBusinessDay(CivilDate(2026, 11, 20)))
        #expect(!calendar.isBusinessDay(CivilDate(2026, 11, 21)))
        #expect(calendar.businessDay(1, after: CivilDate(2026, 11, 20)) == CivilDate(2026, 11, 22))
    }

    @Test func countsBusinessDaysAfterADay() {
        let calendar = WorkCalendar(holidays: [CivilDate(2026, 11, 26)])
        let friday = CivilDate(2026, 11, 20)
        #expect(calendar.businessDay(0, after: friday) == friday)
        #expect(calendar.businessDay(1, after: friday) == CivilDate(2026, 11, 23))
        #expect(calendar.businessDay(4, after: friday) == CivilDate(2026, 11, 27))
        #expect(calendar.businessDay(0, after: CivilDate(2026, 11, 22)) == CivilDate(2026, 11, 23))
        #expect(calendar.businessDay(-3, after: friday) == friday)
    }
}

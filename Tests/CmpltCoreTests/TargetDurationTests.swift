import CmpltCore
import Testing

struct TargetDurationTests {
    let utcCalendar = WorkCalendar(zone: .utc)
    /// Friday 2026-11-20 10:00 UTC.
    let fridayMorning = Timestamp(day: KnownDay.friday20261120, 10)

    static let canonical: [(text: String, duration: TargetDuration, canonical: String)] = [
        ("5d", .days(5), "5d"),
        ("0d", .days(0), "0d"),
        ("3650d", .days(3_650), "3650d"),
        ("5bd", .businessDays(5), "5bd"),
        ("3650BD", .businessDays(3_650), "3650bd"),
        ("36h", .hours(36), "36h"),
        ("87600h", .hours(87_600), "87600h"),
        ("007D", .days(7), "7d"),
    ]

    @Test(arguments: canonical)
    func parsesAndDescribesCanonically(text: String, duration: TargetDuration, canonical: String) throws {
        #expect(try TargetDuration(parsing: text) == duration)
        #expect(duration.description == canonical)
    }

    @Test(arguments: ["", "d", "5", "5x", "5b", "5db", "5bdx", "-5d", "+5d", "5 d", " 5d", "5.5d", "5w"])
    func rejectsMalformedText(text: String) {
        #expect(throws: DurationParseError.malformed(text)) { try TargetDuration(parsing: text) }
    }

    @Test(arguments: ["3651d", "3651bd", "87601h", "99999999999999999999999d"])
    func rejectsDurationsBeyondTenYears(text: String) {
        #expect(throws: DurationParseError.outOfRange(text)) { try TargetDuration(parsing: text) }
    }

    @Test func addsExactHours() {
        #expect(
            TargetDuration.hours(36).due(from: fridayMorning, calendar: utcCalendar)
                == Timestamp(day: KnownDay.friday20261120 + 1, 22))
        #expect(TargetDuration.hours(0).due(from: fridayMorning, calendar: utcCalendar) == fridayMorning)
    }

    @Test func addsCalendarDaysKeepingTheWallClockTime() {
        #expect(
            TargetDuration.days(5).due(from: fridayMorning, calendar: utcCalendar)
                == Timestamp(day: KnownDay.friday20261120 + 5, 10))
        // 10:00 UTC is 13:30 in +03:30; five days later at 13:30 there is again 10:00 UTC.
        let tehran = WorkCalendar(zone: .fixed(offsetSeconds: 12_600))
        #expect(
            TargetDuration.days(5).due(from: fridayMorning, calendar: tehran)
                == Timestamp(day: KnownDay.friday20261120 + 5, 10))
        // 2026-12-31 + 1d crosses the year end.
        let newYearsEve = Timestamp(day: 20_818, 9)
        #expect(TargetDuration.days(1).due(from: newYearsEve, calendar: utcCalendar) == Timestamp(day: 20_819, 9))
    }

    @Test func endsBusinessDaysAtTheLastSecondAfterSkippingTheWeekend() {
        // Friday + 1bd = Monday 2026-11-23 23:59:59.
        #expect(
            TargetDuration.businessDays(1).due(from: fridayMorning, calendar: utcCalendar)
                == Timestamp(day: KnownDay.friday20261120 + 3, 23, 59, 59))
        // Friday + 5bd = the next Friday.
        #expect(
            TargetDuration.businessDays(5).due(from: fridayMorning, calendar: utcCalendar)
                == Timestamp(day: KnownDay.friday20261120 + 7, 23, 59, 59))
    }

    @Test func endsZeroBusinessDaysOnTheStartDayOrTheNextBusinessDay() {
        #expect(
            TargetDuration.businessDays(0).due(from: fridayMorning, calendar: utcCalendar)
                == Timestamp(day: KnownDay.friday20261120, 23, 59, 59))
        let saturdayMorning = Timestamp(day: KnownDay.saturday20261121, 10)
        #expect(
            TargetDuration.businessDays(0).due(from: saturdayMorning, calendar: utcCalendar)
                == Timestamp(day: KnownDay.friday20261120 + 3, 23, 59, 59))
    }

    @Test func skipsHolidays() {
        let calendar = WorkCalendar(holidays: [CivilDate(2026, 11, 23)], zone: .utc)
        #expect(
            TargetDuration.businessDays(1).due(from: fridayMorning, calendar: calendar)
                == Timestamp(day: KnownDay.friday20261120 + 4, 23, 59, 59))
    }

    @Test func honoursAFridayOnlyWeekend() {
        let calendar = WorkCalendar(weekend: [.fri], zone: .utc)
        let thursdayMorning = Timestamp(day: KnownDay.friday20261120 - 1, 10)
        #expect(
            TargetDuration.businessDays(1).due(from: thursdayMorning, calendar: calendar)
                == Timestamp(day: KnownDay.saturday20261121, 23, 59, 59))
        #expect(
            TargetDuration.businessDays(2).due(from: thursdayMorning, calendar: calendar)
                == Timestamp(day: KnownDay.saturday20261121 + 1, 23, 59, 59))
    }

    @Test func crossesTheYearEndPastHolidaysAndTheWeekend() {
        // Wednesday 2026-12-30 + 3bd with New Year's Day off: Thu 31 (1), Mon 4 (2), Tue 5 (3).
        let calendar = WorkCalendar(holidays: [CivilDate(2027, 1, 1)], zone: .utc)
        let wednesday = Timestamp(day: 20_817, 16)
        #expect(
            TargetDuration.businessDays(3).due(from: wednesday, calendar: calendar)
                == Timestamp(day: 20_823, 23, 59, 59))
        #expect(Zone.utc.civil(Timestamp(day: 20_823)).date == CivilDate(2027, 1, 5))
    }

    @Test func takesTheStartDayAndTheDayEndFromTheCalendarZone() {
        // 22:00 UTC on Friday is 01:30 on Saturday in +03:30, so the start day there is not a business day.
        let fridayNight = Timestamp(day: KnownDay.friday20261120, 22)
        #expect(
            TargetDuration.businessDays(0).due(from: fridayNight, calendar: utcCalendar)
                == Timestamp(day: KnownDay.friday20261120, 23, 59, 59))
        // Monday 23:59:59 at +03:30 is 20:29:59 UTC.
        let tehran = WorkCalendar(zone: .fixed(offsetSeconds: 12_600))
        #expect(
            TargetDuration.businessDays(0).due(from: fridayNight, calendar: tehran)
                == Timestamp(day: KnownDay.friday20261120 + 3, 20, 29, 59))
    }
}

import CmpltCore
import Testing

struct DateParserTests {
    /// 2026-11-21T14:30:00Z, a Saturday afternoon.
    let now = Timestamp(day: KnownDay.saturday20261121, 14, 30)
    let tehran = Zone.fixed(offsetSeconds: 12_600)

    func parse(_ text: String, zone: Zone = .utc) throws -> DateInput {
        try DateParser.parse(text, now: now, zone: zone)
    }

    @Test func readsBareDatesAsTheStartOfTheDayInTheZone() throws {
        let utc = try parse("2026-11-21")
        #expect(utc.instant == Timestamp(day: KnownDay.saturday20261121))
        #expect(utc.isBareDay)
        #expect(utc.day == CivilDate(2026, 11, 21))
        let local = try parse("2026-11-21", zone: tehran)
        #expect(local.instant == Timestamp(day: KnownDay.friday20261120, 20, 30))
        #expect(local.isBareDay)
    }

    @Test func readsWallClockTimesInTheZone() throws {
        #expect(try parse("2026-11-21T14:30").instant == now)
        #expect(try parse("2026-11-21T18:00", zone: tehran).instant == now)
        #expect(try parse("2026-11-21T14:30:05").instant == now.adding(seconds: 5))
        #expect(try parse("2026-11-21 14:30:05").instant == now.adding(seconds: 5))
        #expect(try parse("2026-11-21 18:00", zone: tehran).instant == now)
        #expect(try !parse("2026-11-21T14:30").isBareDay)
        #expect(try parse("2026-11-21T14:30").day == nil)
    }

    @Test func readsExplicitOffsetsRegardlessOfTheZone() throws {
        #expect(try parse("2026-11-21T14:30:00Z", zone: tehran).instant == now)
        #expect(try parse("2026-11-21T14:30Z", zone: tehran).instant == now)
        #expect(try parse("2026-11-21T18:00:00+03:30").instant == now)
        #expect(try parse("2026-11-21T09:30-05:00", zone: tehran).instant == now)
        #expect(try parse("2026-11-21T09:30:00.123-05:00").instant == now)
        #expect(try parse("2026-11-21 14:30:59.999999Z").instant == now.adding(seconds: 59))
        #expect(try parse("2026-11-21T14:30:00+14:59").instant == now.adding(seconds: -(14 * 3_600 + 59 * 60)))
        #expect(try !parse("2026-11-21T14:30:00Z").isBareDay)
    }

    @Test func readsNowTodayAndYesterdayIgnoringCase() throws {
        let current = try parse("NOW")
        #expect(current.instant == now)
        #expect(!current.isBareDay)
        let today = try parse("Today")
        #expect(today.instant == Timestamp(day: KnownDay.saturday20261121))
        #expect(today.isBareDay)
        let yesterday = try parse("yesterday")
        #expect(yesterday.instant == Timestamp(day: KnownDay.friday20261120))
        #expect(yesterday.day == CivilDate(2026, 11, 20))
    }

    @Test func readsTodayInTheZoneNotInUTC() throws {
        // At 22:00 UTC it is already 01:30 on Sunday in a +03:30 zone.
        let lateEvening = Timestamp(day: KnownDay.saturday20261121, 22)
        let today = try DateParser.parse("today", now: lateEvening, zone: tehran)
        #expect(today.day == CivilDate(2026, 11, 22))
        #expect(today.instant == Timestamp(day: KnownDay.saturday20261121, 20, 30))
        let yesterday = try DateParser.parse("yesterday", now: lateEvening, zone: tehran)
        #expect(yesterday.day == CivilDate(2026, 11, 21))
    }

    static let ages: [(text: String, seconds: Int64)] = [
        ("3d", 3 * 86_400),
        ("2w", 2 * 604_800),
        ("6h", 6 * 3_600),
        ("1D", 86_400),
        ("01h", 3_600),
        ("1000w", 1_000 * 604_800),
    ]

    @Test(arguments: ages)
    func readsAgesAsExactSpansBeforeNow(text: String, seconds: Int64) throws {
        let age = try parse(text)
        #expect(age.instant == now.adding(seconds: -seconds))
        #expect(!age.isBareDay)
    }

    static let invalid: [(text: String, error: DateParseError)] = [
        ("", .notADate("")),
        ("xyz", .notADate("xyz")),
        ("tomorrow", .notADate("tomorrow")),
        (" today", .notADate(" today")),
        ("today ", .notADate("today ")),
        ("2026-02-30", .noSuchDay("2026-02-30", year: 2026, month: 2)),
        ("2025-02-29", .noSuchDay("2025-02-29", year: 2025, month: 2)),
        ("2026-04-31T10:00", .noSuchDay("2026-04-31T10:00", year: 2026, month: 4)),
        ("2026-13-01", .outOfRange("2026-13-01", .month)),
        ("2026-00-10", .outOfRange("2026-00-10", .month)),
        ("2026-01-00", .outOfRange("2026-01-00", .day)),
        ("2026-01-32", .outOfRange("2026-01-32", .day)),
        ("0000-01-01", .outOfRange("0000-01-01", .year)),
        ("10000-01-01", .outOfRange("10000-01-01", .year)),
        ("2026-11-21T24:00", .outOfRange("2026-11-21T24:00", .hour)),
        ("2026-11-21T23:60", .outOfRange("2026-11-21T23:60", .minute)),
        ("2026-11-21T23:59:60Z", .outOfRange("2026-11-21T23:59:60Z", .second)),
        ("2026-11-21T14:30+15:00", .outOfRange("2026-11-21T14:30+15:00", .offsetHours)),
        ("2026-11-21T14:30-03:60", .outOfRange("2026-11-21T14:30-03:60", .offsetMinutes)),
        ("2026-11-21T14:30:00Zjunk", .notADate("2026-11-21T14:30:00Zjunk")),
        ("2026-11-21x", .notADate("2026-11-21x")),
        ("2026-11-21T", .notADate("2026-11-21T")),
        ("2026-11-21T14", .notADate("2026-11-21T14")),
        ("2026-11-21T14:3", .notADate("2026-11-21T14:3")),
        ("2026-11-21T14:30.5Z", .notADate("2026-11-21T14:30.5Z")),
        ("2026-11-21T14:30:00.Z", .notADate("2026-11-21T14:30:00.Z")),
        ("2026-11-21T14:30:00+0330", .notADate("2026-11-21T14:30:00+0330")),
        ("2026-11-21Z", .notADate("2026-11-21Z")),
        ("2026-11-21t14:30", .notADate("2026-11-21t14:30")),
        ("26-11-21", .notADate("26-11-21")),
        ("2026-1-21", .notADate("2026-1-21")),
        ("2026/11/21", .notADate("2026/11/21")),
        ("0d", .zeroAge("0d")),
        ("-3d", .notADate("-3d")),
        ("+3d", .notADate("+3d")),
        ("3", .notADate("3")),
        ("3x", .notADate("3x")),
        ("3dd", .notADate("3dd")),
        ("3 d", .notADate("3 d")),
        ("99999999999999999999d", .ageTooLong("99999999999999999999d")),
        ("9223372036854775807h", .ageTooLong("9223372036854775807h")),
        ("106000w", .ageTooLong("106000w")),
    ]

    @Test(arguments: invalid)
    func rejectsInvalidTextNamingIt(text: String, expected: DateParseError) {
        #expect(throws: expected) { try parse(text) }
        #expect(expected.description.contains("'\(text)'"))
    }

    @Test func rejectsAgesBeforeTheYearOne() throws {
        // 2026-11-21 is 739 940 days after 0001-01-01.
        #expect(try parse("739940d").instant == Timestamp(day: -719_162, 14, 30))
        #expect(throws: DateParseError.ageTooLong("739941d")) { try parse("739941d") }
    }
}

@Suite struct SolarHijriDateInputTests {
    private let now = Timestamp(rfc3339: "2026-11-21T12:00:00Z")!

    @Test func aJPrefixReadsASolarHijriDate() throws {
        #expect(
            try DateParser.parse("j1405-08-30", now: now, zone: .utc).day == CivilDate(year: 2026, month: 11, day: 21))
        #expect(
            try DateParser.parse("J1405-01-01T09:30Z", now: now, zone: .utc).instant
                == Timestamp(rfc3339: "2026-03-21T09:30:00Z"))
        #expect(
            try DateParser.parse("j1403-12-30", now: now, zone: .utc).day == CivilDate(year: 2025, month: 3, day: 20))
    }

    @Test(arguments: ["j1404-12-30", "j1405-13-01", "j1405-07-31", "j1405-8-30", "j", "jxyz"])
    func anImpossibleSolarHijriDateIsRefused(text: String) {
        #expect(throws: DateParseError.self) { try DateParser.parse(text, now: now, zone: .utc) }
    }
}

import CmpltCore
import Testing

struct DateInputTests {
    let now = Timestamp(day: KnownDay.saturday20261121, 14, 30)

    @Test func endsBareDaysAtTheStartOfTheNextDayInTheZone() throws {
        let utc = try DateParser.parse("2026-03-31", now: now, zone: .utc)
        #expect(utc.exclusiveEnd == Timestamp(day: 20_543 + 1))
        let tehran = try DateParser.parse("2026-03-31", now: now, zone: .fixed(offsetSeconds: 12_600))
        #expect(tehran.exclusiveEnd == Timestamp(day: 20_543, 20, 30))
        let yesterday = try DateParser.parse("yesterday", now: now, zone: .utc)
        #expect(yesterday.exclusiveEnd == Timestamp(day: KnownDay.saturday20261121))
    }

    @Test func endsInstantsAtThemselves() throws {
        for text in ["2026-11-21T10:00", "2026-11-21T10:00:00Z", "now", "3d"] {
            let input = try DateParser.parse(text, now: now, zone: .utc)
            #expect(input.exclusiveEnd == input.instant)
        }
    }

    @Test func keepsTheOriginalText() throws {
        #expect(try DateParser.parse("ToDay", now: now, zone: .utc).text == "ToDay")
    }

    @Test func allowsDatesUpToFiveMinutesAhead() throws {
        for text in ["2026-11-21T14:35", "today", "now", "2026-11-21", "1d", "2026-11-21T18:05+03:30"] {
            try DateParser.parse(text, now: now, zone: .utc).ensureNotInFuture(now: now)
        }
    }

    @Test(arguments: ["2026-11-21T14:35:01", "2030-01-01", "2026-11-22", "2026-11-21T14:40:00+00:00"])
    func rejectsDatesFurtherAhead(text: String) throws {
        let input = try DateParser.parse(text, now: now, zone: .utc)
        #expect(throws: DateParseError.inFuture(text)) { try input.ensureNotInFuture(now: now) }
    }
}

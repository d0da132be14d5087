import CmpltCore
import Testing

struct TimestampTests {
    static let formatted: [(seconds: Int64, text: String)] = [
        (0, "1970-01-01T00:00:00Z"),
        (-1, "1969-12-31T23:59:59Z"),
        (11_016 * 86_400, "2000-02-29T00:00:00Z"),
        (20_778 * 86_400 + 52_200, "2026-11-21T14:30:00Z"),
        (-719_162 * 86_400, "0001-01-01T00:00:00Z"),
        (2_932_896 * 86_400 + 86_399, "9999-12-31T23:59:59Z"),
    ]

    @Test(arguments: formatted)
    func formatsAndParsesRFC3339InUTC(seconds: Int64, text: String) {
        #expect(Timestamp(seconds: seconds).rfc3339 == text)
        #expect(Timestamp(seconds: seconds).description == text)
        #expect(Timestamp(rfc3339: text) == Timestamp(seconds: seconds))
    }

    @Test func parsesOffsetsAndTruncatesFractions() {
        let instant = Timestamp(day: KnownDay.saturday20261121, 14, 30)
        #expect(Timestamp(rfc3339: "2026-11-21T18:00:00+03:30") == instant)
        #expect(Timestamp(rfc3339: "2026-11-21T09:30:00-05:00") == instant)
        #expect(Timestamp(rfc3339: "2026-11-21T14:30:00.999Z") == instant)
        #expect(Timestamp(rfc3339: "2026-11-21T14:30:00.5-00:00") == instant)
    }

    @Test(arguments: [
        "", "2026-11-21", "2026-11-21T14:30Z", "2026-11-21T14:30:00", "2026-11-21 14:30:00Z",
        "2026-11-21t14:30:00Z", "2026-11-21T14:30:00z", "2026-11-21T14:30:00+0330", "2026-02-30T00:00:00Z",
        "0000-12-31T00:00:00Z", "2026-11-21T14:30:00Z ", "now",
    ])
    func rejectsAnythingButStrictRFC3339(text: String) {
        #expect(Timestamp(rfc3339: text) == nil)
    }

    @Test func addsSecondsAndOrdersByInstant() {
        let start = Timestamp(seconds: 1_000)
        #expect(start.adding(seconds: 60) == Timestamp(seconds: 1_060))
        #expect(start.adding(seconds: -2_000) == Timestamp(seconds: -1_000))
        #expect(start < start.adding(seconds: 1))
    }

    @Test func nowIsAfterThisCodeWasWritten() {
        #expect(Timestamp.now() > Timestamp(day: 20_000))
    }
}

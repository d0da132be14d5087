import CmpltCore
import Testing

struct DateParseErrorTests {
    static let messages: [(error: DateParseError, message: String)] = [
        (
            .notADate("xyz"),
            "'xyz' is not a date; expected e.g. 2026-11-21, 2026-11-21T14:30, 2026-11-21T14:30:00Z,"
                + " today, yesterday, now, an age such as 3d, 2w, 6h, or a Solar Hijri date such as j1405-08-30"
        ),
        (
            .noSuchDay("2026-02-30", year: 2026, month: 2),
            "'2026-02-30' is not a valid date: February 2026 has 28 days"
        ),
        (
            .noSuchDay("2024-04-31", year: 2024, month: 4),
            "'2024-04-31' is not a valid date: April 2024 has 30 days"
        ),
        (.outOfRange("0000-01-01", .year), "'0000-01-01' is not a valid date: the year must be between 0001 and 9999"),
        (.outOfRange("2026-13-01", .month), "'2026-13-01' is not a valid date: the month must be between 01 and 12"),
        (.outOfRange("x", .hour), "'x' is not a valid date: the hour must be between 00 and 23"),
        (.outOfRange("x", .offsetHours), "'x' is not a valid date: the offset hours must be between 00 and 14"),
        (.zeroAge("0d"), "'0d' is not a valid age: the count must be at least 1"),
        (.ageTooLong("9999999w"), "'9999999w' is not a valid age: it reaches back before the year 0001"),
        (.inFuture("2030-01-01"), "'2030-01-01' lies in the future; dates may be at most 5 minutes ahead"),
    ]

    @Test(arguments: messages)
    func describesTheProblemInOneLine(error: DateParseError, message: String) {
        #expect(error.description == message)
        #expect(!message.contains("\n"))
    }

    @Test func exposesTheRejectedText() {
        #expect(DateParseError.noSuchDay("2026-02-30", year: 2026, month: 2).text == "2026-02-30")
        #expect(DateParseError.outOfRange("2026-13-01", .month).text == "2026-13-01")
    }

    @Test func namesEveryFieldInItsMessage() {
        for field in DateParseError.Field.allCases {
            #expect(DateParseError.outOfRange("t", field).description.hasPrefix("'t' is not a valid date: the "))
        }
    }
}

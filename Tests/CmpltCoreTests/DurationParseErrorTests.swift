import CmpltCore
import Testing

struct DurationParseErrorTests {
    @Test func describesMalformedTextWithExamples() {
        #expect(
            DurationParseError.malformed("5x").description
                == "'5x' is not a duration; expected a duration such as 5d (calendar days), 5bd (business days) or 36h (hours)"
        )
    }

    @Test func describesTheLimits() {
        #expect(
            DurationParseError.outOfRange("4000d").description
                == "'4000d' is too long; a duration may be at most 3650d, 3650bd or 87600h")
        #expect(DurationParseError.outOfRange("4000d").text == "4000d")
    }
}

import CmpltCore
import Testing

struct WeekdayTests {
    @Test func listsDaysMondayFirstWithThreeLetterRawValues() {
        #expect(Weekday.allCases.map(\.rawValue) == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
    }

    @Test func readsNamesIgnoringCase() {
        #expect(Weekday(name: "mon") == .mon)
        #expect(Weekday(name: "FRI") == .fri)
        #expect(Weekday(name: "Sun") == .sun)
    }

    @Test(arguments: ["", "mo", "monday", "xyz", " mon"])
    func rejectsOtherNames(name: String) {
        #expect(Weekday(name: name) == nil)
    }
}

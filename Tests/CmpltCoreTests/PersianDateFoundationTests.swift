import CmpltCore
import Foundation
import Testing

/// Cross-checks against Foundation's `Calendar(identifier: .persian)` (ICU's arithmetic 33-year rule), which agrees
/// with the break table for 1178–1633 AP. Only the tests use Foundation; the library does not.
@Suite struct PersianDateFoundationTests {
    @Test func agreesWithFoundationForEveryDayFrom1990Through2060() throws {
        var persianCalendar = Calendar(identifier: .persian)
        persianCalendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let first = try #require(CivilDate(year: 1990, month: 1, day: 1))
        let last = try #require(CivilDate(year: 2060, month: 12, day: 31))
        var civil = first
        while civil <= last {
            // Noon UTC of the day, so that no offset can move it to a neighbouring day.
            let date = Date(timeIntervalSince1970: Double(civil.daysSinceEpoch) * 86_400 + 43_200)
            let components = persianCalendar.dateComponents([.year, .month, .day], from: date)
            let persian = PersianDate(civil)
            #expect(
                (components.year, components.month, components.day) == (persian.year, persian.month, persian.day),
                "\(civil)"
            )
            civil = civil.adding(days: 1)
        }
    }

    @Test func leapYearsAgreeWithFoundationFor1178Through1633() throws {
        var persianCalendar = Calendar(identifier: .persian)
        persianCalendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for year in 1_178...1_633 {
            let lastDay = try #require(PersianDate(year: year, month: 12, day: 29))
            let date = Date(timeIntervalSince1970: Double(lastDay.gregorian.daysSinceEpoch + 1) * 86_400 + 43_200)
            let components = persianCalendar.dateComponents([.year, .month, .day], from: date)
            let foundationLeap = components.month == 12 && components.day == 30
            #expect(foundationLeap == PersianDate.isLeap(year), "year \(year)")
        }
    }
}

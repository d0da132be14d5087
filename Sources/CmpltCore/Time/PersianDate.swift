/// A day in the Persian (Solar Hijri) calendar, the civil calendar of Iran and Afghanistan.
///
/// ```swift
/// let date = PersianDate(CivilDate(year: 2026, month: 11, day: 21)!)
/// print(date)  // 1405-08-30
/// print(PersianDate(year: 1405, month: 1, day: 1)!.gregorian)  // 2026-03-21
/// ```
///
/// Months 1–6 have 31 days, months 7–11 have 30, and month 12 (Esfand) has 29, or 30 in a leap year. The year
/// starts at Nowruz, 1 Farvardin, on or about the March equinox.
///
/// Years are laid out with Kazimierz Borkowski's arithmetic (the `jalCal` function of the `jalaali-js` library): a
/// table of break years between which leap years follow a 33-year cycle, documented by `jalaali-js` to match the
/// astronomical calendar for 1178–3177 AP (1799–3798 AD). Outside those years the rule is extended proleptically, so
/// conversion stays consistent in both directions for any date but is no longer the astronomical calendar; only dates
/// so remote that their day count overflows `Int64` trap, as with ``CivilDate``.
public struct PersianDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The Solar Hijri year (AP); 1405 began on 2026-03-21.
    public let year: Int
    /// The month, 1 (Farvardin) to 12 (Esfand).
    public let month: Int
    /// The day of the month, starting at 1.
    public let day: Int

    /// The months' names in Latin transliteration, Farvardin first: `monthNames[month - 1]`.
    ///
    /// ```swift
    /// PersianDate.monthNames[7]  // "Aban"
    /// ```
    public static let monthNames = [
        "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
        "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
    ]

    /// Creates the date, or returns nil when it does not exist (such as 1404-12-30, month 13 or day 32).
    ///
    /// ```swift
    /// PersianDate(year: 1403, month: 12, day: 30)  // 1403-12-30: 1403 is a leap year
    /// PersianDate(year: 1404, month: 12, day: 30)  // nil
    /// ```
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= PersianDate.daysInMonth(month, year: year) else { return nil }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    /// Creates the date from fields the caller has already validated.
    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the Persian date that falls on the same day as `gregorian`.
    ///
    /// ```swift
    /// PersianDate(CivilDate(year: 2024, month: 3, day: 20)!)  // 1403-01-01
    /// ```
    public init(_ gregorian: CivilDate) {
        let days = gregorian.daysSinceEpoch
        // Estimate the year from the mean year of the 33-year cycle (12,053 days), measured from 1 Farvardin 1349
        // (1970-03-21); the break years shift Nowruz by a few days at most, so the nudges below run once or twice.
        let anchorYear = 1_349
        let offset = days - PersianDate.nowruz(of: anchorYear)
        let cycles = offset >= 0 ? offset / 12_053 : (offset - 12_052) / 12_053
        var year = anchorYear + Int(cycles) * 33 + Int((offset - cycles * 12_053) * 33 / 12_053)
        var start = PersianDate.nowruz(of: year)
        while days < start {
            year -= 1
            start = PersianDate.nowruz(of: year)
        }
        while days >= PersianDate.nowruz(of: year + 1) {
            year += 1
            start = PersianDate.nowruz(of: year)
        }
        let dayOfYear = Int(days - start)
        if dayOfYear < 186 {
            self.init(uncheckedYear: year, month: dayOfYear / 31 + 1, day: dayOfYear % 31 + 1)
        } else {
            self.init(uncheckedYear: year, month: (dayOfYear - 186) / 30 + 7, day: (dayOfYear - 186) % 30 + 1)
        }
    }

    /// The Gregorian date of the same day.
    ///
    /// ```swift
    /// PersianDate(year: 1404, month: 1, day: 1)!.gregorian  // 2025-03-21
    /// ```
    public var gregorian: CivilDate {
        let dayOfYear = month <= 6 ? (month - 1) * 31 + day - 1 : 186 + (month - 7) * 30 + day - 1
        return CivilDate(daysSinceEpoch: PersianDate.nowruz(of: year) + Int64(dayOfYear))
    }

    /// The month's name in Latin transliteration, such as `Aban` for month 8.
    ///
    /// ```swift
    /// PersianDate(year: 1405, month: 8, day: 30)!.monthName  // "Aban"
    /// ```
    public var monthName: String {
        PersianDate.monthNames[month - 1]
    }

    /// Whether `year` has 366 days, Esfand having 30 days instead of 29.
    ///
    /// ```swift
    /// PersianDate.isLeap(1403)  // true
    /// PersianDate.isLeap(1404)  // false
    /// ```
    public static func isLeap(_ year: Int) -> Bool {
        nowruz(of: year + 1) - nowruz(of: year) == 366
    }

    /// The date as `YYYY-MM-DD`, such as `1405-08-30`.
    ///
    /// ```swift
    /// PersianDate(year: 1405, month: 8, day: 30)!.description  // "1405-08-30"
    /// ```
    public var description: String {
        "\(String(zeroPadded: year, width: 4))-\(String(zeroPadded: month, width: 2))-\(String(zeroPadded: day, width: 2))"
    }

    /// Whether `lhs` is an earlier day than `rhs`.
    public static func < (lhs: PersianDate, rhs: PersianDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The number of days in `month` (1–12) of `year`.
    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 1...6: 31
        case 7...11: 30
        default: isLeap(year) ? 30 : 29
        }
    }

    /// The years at which the 33-year leap cycle restarts; from Borkowski's table as used by `jalaali-js`.
    ///
    /// Between two breaks, the leap years are the 1st, 5th, 9th, … year of each 33-year cycle counted from the
    /// earlier break (the 33rd year is never leap). Years from the last break on continue its cycle indefinitely.
    private static let breaks = [
        -61, 9, 38, 199, 426, 686, 756, 818, 1_111, 1_181, 1_210, 1_635, 2_060, 2_097, 2_192, 2_262, 2_324, 2_394,
        2_456, 3_178,
    ]

    /// The day count (days since 1970-01-01) of 1 Farvardin of `year`.
    ///
    /// This is `jalCal` from `jalaali-js` (the March day of Nowruz is 20 plus the Persian leap days since 621 AD minus
    /// the Gregorian ones), returning a day count so that the March day may run past the month for remote years.
    static func nowruz(of year: Int) -> Int64 {
        guard year >= breaks[0] else {
            // Before the table, repeat the first interval's opening 33 years (-61 to -29) backwards; its years
            // -61 to 4 are exactly periodic, each cycle being 12,053 days.
            let cycles = (breaks[0] - year + 32) / 33
            return nowruz(of: year + cycles * 33) - Int64(cycles) * 12_053
        }
        var leapDays = -14  // Persian leap days from 621 AD up to the interval's first year, offset as in jalCal.
        var intervalStart = breaks[0]
        var intervalLength: Int? = nil  // nil after the last break, whose cycle never ends.
        for next in breaks.dropFirst() {
            let length = next - intervalStart
            if year < next {
                intervalLength = length
                break
            }
            leapDays += length / 33 * 8 + length % 33 / 4
            intervalStart = next
        }
        let yearsIntoInterval = year - intervalStart
        leapDays += yearsIntoInterval / 33 * 8 + (yearsIntoInterval % 33 + 3) / 4
        if let length = intervalLength, length % 33 == 4, length - yearsIntoInterval == 4 {
            leapDays += 1
        }
        let gregorianYear = year + 621
        let gregorianLeapDays = gregorianYear / 4 - (gregorianYear / 100 + 1) * 3 / 4 - 150
        let marchDay = 20 + leapDays - gregorianLeapDays
        return CivilDate(uncheckedYear: gregorianYear, month: 3, day: 1).daysSinceEpoch + Int64(marchDay - 1)
    }
}

/// A day in the proleptic Gregorian calendar, independent of any time zone.
///
/// Day counts use Howard Hinnant's `days_from_civil` and `civil_from_days` algorithms and are exact
/// for any year; only days so remote that their count overflows `Int64` trap, as integer arithmetic does.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year; 1 is 1 AD, 0 is 1 BC.
    public let year: Int
    /// The month, 1 (January) to 12 (December).
    public let month: Int
    /// The day of the month, starting at 1.
    public let day: Int

    /// Creates the date, or returns nil when it does not exist (such as 2026-02-30 or month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysInMonth(month, year: year) else { return nil }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    /// Creates the date from fields the caller has already validated.
    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the date `daysSinceEpoch` days after 1970-01-01 (before it when negative).
    public init(daysSinceEpoch: Int64) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(
            uncheckedYear: Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)),
            month: Int(month),
            day: Int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
        )
    }

    /// The number of days from 1970-01-01 to this date; negative before 1970.
    public var daysSinceEpoch: Int64 {
        let shiftedYear = Int64(year) - (month <= 2 ? 1 : 0)
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * Int64(month > 2 ? month - 3 : month + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday, ISO number 4.
        let mondayBased = (daysSinceEpoch % 7 + 10) % 7
        return Weekday(isoNumber: Int(mondayBased) + 1)
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CivilDate {
        CivilDate(daysSinceEpoch: daysSinceEpoch + Int64(days))
    }

    /// The ISO 8601 week-numbering year and week (1–53); weeks start on Monday and week 1 holds the year's first Thursday.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday.isoNumber)
        let januaryFirst = CivilDate(uncheckedYear: thursday.year, month: 1, day: 1)
        let dayOfYear = thursday.daysSinceEpoch - januaryFirst.daysSinceEpoch
        return (thursday.year, Int(dayOfYear / 7) + 1)
    }

    /// The quarter of the year, 1 (January–March) to 4 (October–December).
    public var quarter: Int {
        (month - 1) / 3 + 1
    }

    /// The date as `YYYY-MM-DD`, such as `2026-11-21`.
    public var description: String {
        guard (0...9999).contains(year) else {
            return
                "\(String(zeroPadded: year, width: 4))-\(String(zeroPadded: month, width: 2))-\(String(zeroPadded: day, width: 2))"
        }
        // The usual four-digit year, written straight into the string: lists print thousands.
        return String(unsafeUninitializedCapacity: 10) { text in
            func put(_ value: Int, digits: Int, endingAt end: Int) {
                var rest = value
                for index in stride(from: end - 1, through: end - digits, by: -1) {
                    text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, digits: 4, endingAt: 4)
            text[4] = UInt8(ascii: "-")
            put(month, digits: 2, endingAt: 7)
            text[7] = UInt8(ascii: "-")
            put(day, digits: 2, endingAt: 10)
            return 10
        }
    }

    /// Whether `year` has a February 29th.
    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in `month` (1–12) of `year`.
    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether `lhs` is an earlier day than `rhs`.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

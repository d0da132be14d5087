/// Why a text could not be used as a date, with a one-line message naming the text.
public enum DateParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text has none of the accepted forms.
    case notADate(String)
    /// A field of a date or date-time text lies outside its allowed range.
    case outOfRange(String, Field)
    /// The day of the month lies beyond the end of that month, as in `2026-02-30`.
    case noSuchDay(String, year: Int, month: Int)
    /// A relative age counts nothing, as in `0d`.
    case zeroAge(String)
    /// A relative age reaches back before the year 0001.
    case ageTooLong(String)
    /// A `j`-prefixed Solar Hijri date that does not exist, as in `j1404-12-30` (1404 is not leap).
    case notASolarHijriDate(String)
    /// The date lies further in the future than `DateInput.ensureNotInFuture(now:)` allows.
    case inFuture(String)

    /// A field of a date or date-time text that has a fixed range.
    public enum Field: Sendable, Equatable, CaseIterable {
        case year, month, day, hour, minute, second, offsetHours, offsetMinutes

        /// The values the field may take.
        public var allowed: ClosedRange<Int> {
            switch self {
            case .year: 1...9_999
            case .month: 1...12
            case .day: 1...31
            case .hour: 0...23
            case .minute, .second, .offsetMinutes: 0...59
            case .offsetHours: 0...14
            }
        }

        /// The field's name in messages.
        var name: String {
            switch self {
            case .year: "year"
            case .month: "month"
            case .day: "day"
            case .hour: "hour"
            case .minute: "minute"
            case .second: "second"
            case .offsetHours: "offset hours"
            case .offsetMinutes: "offset minutes"
            }
        }

        /// The number of digits the field is written with.
        var width: Int {
            self == .year ? 4 : 2
        }
    }

    /// The text that was rejected.
    public var text: String {
        switch self {
        case .notADate(let text), .outOfRange(let text, _), .noSuchDay(let text, _, _),
            .zeroAge(let text), .ageTooLong(let text), .inFuture(let text), .notASolarHijriDate(let text):
            text
        }
    }

    /// A one-line message naming the rejected text and what was expected instead.
    public var description: String {
        let quoted = "'\(text)'"
        switch self {
        case .notADate:
            return "\(quoted) is not a date; expected e.g. 2026-11-21, 2026-11-21T14:30, 2026-11-21T14:30:00Z,"
                + " today, yesterday, now, an age such as 3d, 2w, 6h, or a Solar Hijri date such as j1405-08-30"
        case .outOfRange(_, let field):
            let lower = String(zeroPadded: field.allowed.lowerBound, width: field.width)
            let upper = String(zeroPadded: field.allowed.upperBound, width: field.width)
            return "\(quoted) is not a valid date: the \(field.name) must be between \(lower) and \(upper)"
        case .noSuchDay(_, let year, let month):
            let monthName = Self.monthNames[month - 1]
            let days = CivilDate.daysInMonth(month, year: year)
            return "\(quoted) is not a valid date: \(monthName) \(String(zeroPadded: year, width: 4)) has \(days) days"
        case .zeroAge:
            return "\(quoted) is not a valid age: the count must be at least 1"
        case .ageTooLong:
            let earliest = String(zeroPadded: Field.year.allowed.lowerBound, width: 4)
            return "\(quoted) is not a valid age: it reaches back before the year \(earliest)"
        case .notASolarHijriDate:
            return
                "\(quoted) is not a valid Solar Hijri date: months 1-6 have 31 days, 7-11 have 30, Esfand 29 (30 in leap years)"
        case .inFuture:
            return "\(quoted) lies in the future; dates may be at most \(DateInput.futureTolerance / 60) minutes ahead"
        }
    }

    /// English month names, January first.
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}

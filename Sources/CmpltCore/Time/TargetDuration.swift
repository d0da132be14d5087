/// How long after its receipt a complaint is due: calendar days, business days or hours.
public enum TargetDuration: Hashable, Sendable, CustomStringConvertible {
    /// Calendar days; due at the same wall-clock time that many days later.
    case days(Int)
    /// Business days; due at the end of the business day that many business days after the start day.
    case businessDays(Int)
    /// Hours of exactly 3600 seconds.
    case hours(Int)

    /// The largest count accepted for days and business days when parsing (about ten years).
    public static let maximumDays = 3_650
    /// The largest count accepted for hours when parsing (about ten years).
    public static let maximumHours = 87_600

    /// Reads `Nd`, `Nbd` or `Nh` (units in any case), with N from 0 to `maximumDays` or `maximumHours`.
    public init(parsing text: String) throws(DurationParseError) {
        var scanner = TextScanner(text)
        guard let count = scanner.number() else { throw .malformed(text) }
        let duration: TargetDuration
        let maximum: Int
        switch scanner.nextLowercased() {
        case UInt8(ascii: "d"):
            (duration, maximum) = (.days(count.value), Self.maximumDays)
        case UInt8(ascii: "b"):
            guard scanner.nextLowercased() == UInt8(ascii: "d") else { throw .malformed(text) }
            (duration, maximum) = (.businessDays(count.value), Self.maximumDays)
        case UInt8(ascii: "h"):
            (duration, maximum) = (.hours(count.value), Self.maximumHours)
        default:
            throw .malformed(text)
        }
        guard scanner.isAtEnd else { throw .malformed(text) }
        guard count.value <= maximum else { throw .outOfRange(text) }
        self = duration
    }

    /// The canonical text of the duration, such as `5d`, `5bd` or `36h`.
    public var description: String {
        switch self {
        case .days(let n): "\(n)d"
        case .businessDays(let n): "\(n)bd"
        case .hours(let n): "\(n)h"
        }
    }

    /// The instant a complaint received at `start` is due, with days delimited by `calendar`.
    ///
    /// - `.hours(n)`: exactly `n` hours after `start`.
    /// - `.days(n)`: the same wall-clock time `n` days later in the calendar's zone.
    /// - `.businessDays(n)`: 23:59:59 in the calendar's zone on the `n`th business day after the day
    ///   of `start`, which itself does not count; for `n` ≤ 0, on the day of `start` if it is a
    ///   business day, else on the next business day.
    public func due(from start: Timestamp, calendar: WorkCalendar) -> Timestamp {
        switch self {
        case .hours(let n):
            return start.adding(seconds: Int64(n) * 3_600)
        case .days(let n):
            let received = calendar.zone.civil(start)
            return calendar.zone.timestamp(
                CivilDateTime(
                    date: received.date.adding(days: n),
                    hour: received.hour,
                    minute: received.minute,
                    second: received.second
                ))
        case .businessDays(let n):
            let dueDay = calendar.businessDay(n, after: calendar.zone.civil(start).date)
            return calendar.zone.timestamp(CivilDateTime(date: dueDay, hour: 23, minute: 59, second: 59))
        }
    }
}

import Glibc

/// A rule mapping instants to wall-clock times and back.
public enum Zone: Sendable, Equatable {
    /// The C library's local time zone, configured by the `TZ` environment variable or the system default.
    case local
    /// A constant offset from UTC, in seconds east of Greenwich (`+03:30` is 12600).
    case fixed(offsetSeconds: Int)

    /// Coordinated Universal Time.
    public static let utc = Zone.fixed(offsetSeconds: 0)

    /// The offset from UTC in seconds (east positive) in force at `t`.
    ///
    /// For `.local`, an instant the C library cannot represent is treated as UTC.
    public func offset(at t: Timestamp) -> Int {
        switch self {
        case .fixed(let offsetSeconds):
            offsetSeconds
        case .local:
            Zone.localFields(t).map { Int($0.tm_gmtoff) } ?? 0
        }
    }

    /// The wall-clock date and time at `t`.
    ///
    /// For `.local`, an instant the C library cannot represent is shown in UTC.
    public func civil(_ t: Timestamp) -> CivilDateTime {
        switch self {
        case .fixed(let offsetSeconds):
            let local = t.seconds + Int64(offsetSeconds)
            var days = local / 86_400
            var secondsIntoDay = local % 86_400
            if secondsIntoDay < 0 {
                days -= 1
                secondsIntoDay += 86_400
            }
            return CivilDateTime(
                date: CivilDate(daysSinceEpoch: days),
                hour: Int(secondsIntoDay / 3_600),
                minute: Int(secondsIntoDay / 60 % 60),
                second: Int(secondsIntoDay % 60)
            )
        case .local:
            guard let fields = Zone.localFields(t) else { return Zone.utc.civil(t) }
            return CivilDateTime(
                date: CivilDate(
                    uncheckedYear: Int(fields.tm_year) + 1_900,
                    month: Int(fields.tm_mon) + 1,
                    day: Int(fields.tm_mday)
                ),
                hour: Int(fields.tm_hour),
                minute: Int(fields.tm_min),
                second: Int(fields.tm_sec)
            )
        }
    }

    /// The instant at which the wall clock shows `c`.
    ///
    /// For `.local`, the C library's `mktime` decides: a time skipped by a clock change is moved
    /// past the gap, and a time shown twice yields one of its two instants. A time `mktime` cannot
    /// represent is read as UTC.
    public func timestamp(_ c: CivilDateTime) -> Timestamp {
        switch self {
        case .fixed(let offsetSeconds):
            return Timestamp(seconds: c.date.daysSinceEpoch * 86_400 + c.secondsIntoDay - Int64(offsetSeconds))
        case .local:
            var fields = tm()
            fields.tm_year = Int32(clamping: c.date.year - 1_900)
            fields.tm_mon = Int32(clamping: c.date.month - 1)
            fields.tm_mday = Int32(clamping: c.date.day)
            fields.tm_hour = Int32(clamping: c.hour)
            fields.tm_min = Int32(clamping: c.minute)
            fields.tm_sec = Int32(clamping: c.second)
            fields.tm_isdst = -1
            // mktime sets tm_wday only on success, which tells a failure apart from the valid result -1.
            fields.tm_wday = -1
            let seconds = mktime(&fields)
            guard fields.tm_wday >= 0 else { return Zone.utc.timestamp(c) }
            return Timestamp(seconds: Int64(seconds))
        }
    }

    /// The first instant of day `d` on the wall clock.
    public func startOfDay(_ d: CivilDate) -> Timestamp {
        timestamp(CivilDateTime(date: d, hour: 0, minute: 0, second: 0))
    }

    /// Reads `TZ` once per process: `localtime_r`, unlike `mktime`, need not read it by itself.
    private static let readTZ: Void = tzset()

    /// The C library's broken-down local time for `t`, or nil when it cannot represent `t`.
    private static func localFields(_ t: Timestamp) -> tm? {
        Zone.readTZ
        var seconds = time_t(t.seconds)
        var fields = tm()
        return localtime_r(&seconds, &fields) == nil ? nil : fields
    }
}

/// A calendar day and a time of day on a wall clock, independent of any time zone.
///
/// Fields outside their usual ranges (such as hour 24) are kept as given; `Zone.timestamp(_:)`
/// normalises them, so hour 24 means midnight at the start of the next day.
public struct CivilDateTime: Hashable, Sendable, CustomStringConvertible {
    /// The calendar day.
    public let date: CivilDate
    /// The hour, normally 0–23.
    public let hour: Int
    /// The minute, normally 0–59.
    public let minute: Int
    /// The second, normally 0–59.
    public let second: Int

    /// Creates the wall-clock time `hour:minute:second` on `date`.
    public init(date: CivilDate, hour: Int, minute: Int, second: Int) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The seconds elapsed since midnight on a day without clock changes.
    var secondsIntoDay: Int64 {
        Int64(hour) * 3_600 + Int64(minute) * 60 + Int64(second)
    }

    /// The date and time as `YYYY-MM-DDTHH:MM:SS`, such as `2026-11-21T14:30:00`.
    public var description: String {
        "\(date)T\(String(zeroPadded: hour, width: 2)):\(String(zeroPadded: minute, width: 2)):\(String(zeroPadded: second, width: 2))"
    }
}

/// One period of a report: its label and the instants it covers, `start` inclusive, `end`
/// exclusive, bounded at local midnight.
public struct ReportPeriod: Equatable, Sendable {
    public var label: String
    public var start: Timestamp
    public var end: Timestamp
}

/// The periods a report covers: whole periods of one kind, oldest first.
public struct ReportRange: Equatable, Sendable {
    public var kind: PeriodKind
    public var periods: [ReportPeriod]

    /// The most periods one report may hold.
    public static let maximumPeriods = 1000

    /// The first instant covered.
    public var start: Timestamp { periods.first!.start }
    /// The instant after the last one covered.
    public var end: Timestamp { periods.last!.end }

    /// The whole periods that overlap `since…until`, per the contract: without bounds the last
    /// 12 periods up to `now`; with only `since`, through the current period; with only
    /// `until`, the 12 periods ending with the one holding it. A bare-day `until` includes
    /// that day; an `until` with a time is exclusive.
    ///
    /// - Throws: ``CmpltError/invalidInput(_:)`` when `since` lies after `until`.
    public init(
        kind: PeriodKind, since: DateInput?, until: DateInput?, now: Timestamp, zone: Zone,
        calendar: PeriodCalendar = PeriodCalendar()
    ) throws(CmpltError) {
        let lastInstant = until.map { $0.exclusiveEnd.adding(seconds: -1) } ?? now
        let lastDay = calendar.firstDay(of: zone.civil(lastInstant).date, kind: kind)
        var firstDay: CivilDate
        if let since {
            guard since.instant <= lastInstant else {
                throw .invalidInput("--since \(since.text) lies after --until \(until?.text ?? "now")")
            }
            firstDay = calendar.firstDay(of: zone.civil(since.instant).date, kind: kind)
        } else {
            firstDay = calendar.firstDay(-11, after: lastDay, kind: kind)
        }
        var periods: [ReportPeriod] = []
        var day = firstDay
        while day <= lastDay {
            guard periods.count < Self.maximumPeriods else {
                throw .invalidInput(
                    "the range holds more than \(Self.maximumPeriods) \(kind.rawValue)s; narrow --since/--until or choose a longer --period"
                )
            }
            let next = calendar.firstDay(1, after: day, kind: kind)
            periods.append(
                ReportPeriod(
                    label: calendar.label(of: day, kind: kind), start: zone.startOfDay(day), end: zone.startOfDay(next))
            )
            day = next
        }
        self.kind = kind
        self.periods = periods
    }

    /// The index of the period holding `instant`, if any (binary search).
    public func index(of instant: Timestamp) -> Int? {
        guard instant >= start, instant < end else { return nil }
        var low = 0
        var high = periods.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if periods[middle].start <= instant { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

/// Which days are worked, and the zone in which days begin and end.
public struct WorkCalendar: Equatable, Sendable {
    /// The weekdays not worked. A weekend of all seven days is ignored, so that business days always exist.
    public var weekend: Set<Weekday>
    /// Individual days not worked.
    public var holidays: Set<CivilDate>
    /// The zone whose wall clock delimits days.
    public var zone: Zone

    /// Creates a calendar; by default Saturdays and Sundays are off, there are no holidays, and days are local.
    public init(weekend: Set<Weekday> = [.sat, .sun], holidays: Set<CivilDate> = [], zone: Zone = .local) {
        self.weekend = weekend
        self.holidays = holidays
        self.zone = zone
    }

    /// Whether `d` is worked: it is not a holiday, and it is not on the weekend (unless the weekend is every day).
    public func isBusinessDay(_ d: CivilDate) -> Bool {
        !holidays.contains(d) && (weekend.count == 7 || !weekend.contains(d.weekday))
    }

    /// The `n`th business day after `day`, not counting `day` itself; for `n` ≤ 0, `day` if it is a business day, else the next one.
    public func businessDay(_ n: Int, after day: CivilDate) -> CivilDate {
        var result = day
        var remaining = n
        while remaining > 0 {
            result = result.adding(days: 1)
            if isBusinessDay(result) { remaining -= 1 }
        }
        while !isBusinessDay(result) {
            result = result.adding(days: 1)
        }
        return result
    }
}

/// The calendar report periods are counted in: Gregorian or Solar Hijri months, quarters and
/// years, and weeks that start on the configured day.
///
/// Weeks are labelled `YEAR-Wnn` by the day in their middle (the fourth day): its year, and
/// its day of that year divided into sevens. With weeks starting on Monday in the Gregorian
/// calendar that is exactly ISO 8601 week numbering (`2026-W53`).
///
///     PeriodCalendar(system: .persian, weekStart: .sat).label(of: someDay, kind: .month)  // "1405-08"
public struct PeriodCalendar: Equatable, Sendable {
    public var system: CalendarSystem
    public var weekStart: Weekday

    public init(system: CalendarSystem = .gregorian, weekStart: Weekday = .mon) {
        self.system = system
        self.weekStart = weekStart
    }

    /// The calendar the settings describe.
    public init(_ settings: Settings) {
        self.init(
            system: CalendarSystem(rawValue: settings[.calendarSystem]) ?? .gregorian,
            weekStart: Weekday(name: settings[.calendarWeekStart]) ?? .mon)
    }

    /// The first day of the period of `kind` that holds `day`.
    public func firstDay(of day: CivilDate, kind: PeriodKind) -> CivilDate {
        let (year, month, _) = parts(of: day)
        switch kind {
        case .week: return day.adding(days: -((day.weekday.isoNumber - weekStart.isoNumber + 7) % 7))
        case .month: return date(year, month, 1)
        case .quarter: return date(year, (month - 1) / 3 * 3 + 1, 1)
        case .year: return date(year, 1, 1)
        }
    }

    /// The first day of the period of `kind` `count` periods after (or before, when negative)
    /// the one starting on `firstDay`.
    public func firstDay(_ count: Int, after firstDay: CivilDate, kind: PeriodKind) -> CivilDate {
        let (year, month, _) = parts(of: firstDay)
        switch kind {
        case .week: return firstDay.adding(days: 7 * count)
        case .month: return addingMonths(count, year, month)
        case .quarter: return addingMonths(3 * count, year, month)
        case .year: return date(year + count, 1, 1)
        }
    }

    /// The label of the period of `kind` starting on `firstDay`: `2026-W47`, `2026-11`,
    /// `2026-Q4`, `2026` (or `1405-08` … in the Solar Hijri calendar).
    public func label(of firstDay: CivilDate, kind: PeriodKind) -> String {
        let (year, month, _) = parts(of: firstDay)
        switch kind {
        case .week:
            let middle = firstDay.adding(days: 3)
            let middleYear = parts(of: middle).year
            let week = Int(middle.daysSinceEpoch - date(middleYear, 1, 1).daysSinceEpoch) / 7 + 1
            return "\(middleYear)-W\(week < 10 ? "0" : "")\(week)"
        case .month: return "\(year)-\(month < 10 ? "0" : "")\(month)"
        case .quarter: return "\(year)-Q\((month - 1) / 3 + 1)"
        case .year: return "\(year)"
        }
    }

    private func parts(of day: CivilDate) -> (year: Int, month: Int, day: Int) {
        switch system {
        case .gregorian: return (day.year, day.month, day.day)
        case .persian:
            let persian = PersianDate(day)
            return (persian.year, persian.month, persian.day)
        }
    }

    private func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        switch system {
        case .gregorian: CivilDate(year: year, month: month, day: day)!
        case .persian: PersianDate(year: year, month: month, day: day)!.gregorian
        }
    }

    private func addingMonths(_ months: Int, _ year: Int, _ month: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        return date(newYear, index - newYear * 12 + 1, 1)
    }
}

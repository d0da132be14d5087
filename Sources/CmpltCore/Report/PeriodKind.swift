/// The length of a report period: ISO 8601 weeks, months, quarters or years.
public enum PeriodKind: String, Vocabulary {
    case week
    case month
    case quarter
    case year

    public static let noun = "period"

    /// The first day of the period of this kind that holds `day`.
    public func firstDay(of day: CivilDate) -> CivilDate {
        switch self {
        case .week: day.adding(days: -(day.weekday.isoNumber - 1))
        case .month: CivilDate(year: day.year, month: day.month, day: 1)!
        case .quarter: CivilDate(year: day.year, month: (day.quarter - 1) * 3 + 1, day: 1)!
        case .year: CivilDate(year: day.year, month: 1, day: 1)!
        }
    }

    /// The first day of the period after the one starting on `firstDay`.
    public func firstDay(after firstDay: CivilDate) -> CivilDate {
        switch self {
        case .week: firstDay.adding(days: 7)
        case .month: Self.addingMonths(1, to: firstDay)
        case .quarter: Self.addingMonths(3, to: firstDay)
        case .year: CivilDate(year: firstDay.year + 1, month: 1, day: 1)!
        }
    }

    /// The first day of the period before the one starting on `firstDay`.
    public func firstDay(before firstDay: CivilDate) -> CivilDate {
        switch self {
        case .week: firstDay.adding(days: -7)
        case .month: Self.addingMonths(-1, to: firstDay)
        case .quarter: Self.addingMonths(-3, to: firstDay)
        case .year: CivilDate(year: firstDay.year - 1, month: 1, day: 1)!
        }
    }

    /// The label of the period starting on `firstDay`: `2026-W47`, `2026-11`, `2026-Q4`, `2026`.
    public func label(of firstDay: CivilDate) -> String {
        switch self {
        case .week:
            let week = firstDay.isoWeek
            return "\(week.year)-W\(week.week < 10 ? "0" : "")\(week.week)"
        case .month: return "\(firstDay.year)-\(firstDay.month < 10 ? "0" : "")\(firstDay.month)"
        case .quarter: return "\(firstDay.year)-Q\(firstDay.quarter)"
        case .year: return "\(firstDay.year)"
        }
    }

    private static func addingMonths(_ months: Int, to day: CivilDate) -> CivilDate {
        let index = day.year * 12 + (day.month - 1) + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return CivilDate(year: year, month: index - year * 12 + 1, day: 1)!
    }
}

/// The length of a report period: weeks, months, quarters or years (counted in a ``PeriodCalendar``).
public enum PeriodKind: String, Vocabulary {
    case week
    case month
    case quarter
    case year

    public static let noun = "period"
}

/// The calendar that human dates and report periods are written in.
public enum CalendarSystem: String, Vocabulary {
    case gregorian
    /// The Solar Hijri calendar used in Iran and Afghanistan.
    case persian

    public static let noun = "calendar system"
}

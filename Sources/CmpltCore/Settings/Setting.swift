/// A setting stored in the register, with its default and the rule its values follow.
public enum Setting: String, Vocabulary {
    case targetAcknowledge = "target.acknowledge"
    case targetResponseLow = "target.response.low"
    case targetResponseMedium = "target.response.medium"
    case targetResponseHigh = "target.response.high"
    case targetResponseCritical = "target.response.critical"
    case calendarWeekend = "calendar.weekend"
    case calendarWeekStart = "calendar.week_start"
    case calendarSystem = "calendar.system"

    public static let noun = "setting"

    /// The value in force when the register holds none.
    public var defaultValue: String {
        switch self {
        case .targetAcknowledge: "1d"
        case .targetResponseLow: "20d"
        case .targetResponseMedium: "10d"
        case .targetResponseHigh: "5d"
        case .targetResponseCritical: "2d"
        case .calendarWeekend: "sat,sun"
        case .calendarWeekStart: "mon"
        case .calendarSystem: "gregorian"
        }
    }

    /// What the setting means, for `config list` and help.
    public var summary: String {
        switch self {
        case .targetAcknowledge: "time to acknowledge a complaint, from its receipt"
        case .targetResponseLow: "time to respond to a low-severity complaint"
        case .targetResponseMedium: "time to respond to a medium-severity complaint"
        case .targetResponseHigh: "time to respond to a high-severity complaint"
        case .targetResponseCritical: "time to respond to a critical complaint"
        case .calendarWeekend: "days that are not business days"
        case .calendarWeekStart: "the first day of a week in reports"
        case .calendarSystem: "calendar for human dates and report periods"
        }
    }

    /// The target-time setting for responses at `severity`.
    public static func responseTarget(for severity: Severity) -> Setting {
        switch severity {
        case .low: .targetResponseLow
        case .medium: .targetResponseMedium
        case .high: .targetResponseHigh
        case .critical: .targetResponseCritical
        }
    }

    /// Checks `text` as a value of this setting and returns its canonical form.
    public func normalize(_ text: String) throws(CmpltError) -> String {
        switch self {
        case .targetAcknowledge, .targetResponseLow, .targetResponseMedium, .targetResponseHigh,
            .targetResponseCritical:
            do {
                return try TargetDuration(parsing: text).description
            } catch {
                throw .invalidInput("\(rawValue): \(error)")
            }
        case .calendarWeekend:
            let days = try Weekday.parseList(text, setting: rawValue)
            guard days.count < 7 else {
                throw .invalidInput("\(rawValue): a weekend of all seven days leaves no business day")
            }
            return Weekday.allCases.filter(days.contains).map(\.rawValue).joined(separator: ",")
        case .calendarWeekStart:
            guard let day = Weekday(name: text) else {
                throw .invalidInput(
                    "\(rawValue): '\(text)' is not a day; expected one of: \(Weekday.names.joined(separator: ", "))")
            }
            return day.rawValue
        case .calendarSystem:
            return try CalendarSystem.parse(text).rawValue
        }
    }
}

/// The settings in force: target times and the working calendar.
public struct Settings: Equatable, Sendable {
    /// The stored value of each setting; missing keys take their default.
    public private(set) var values: [Setting: String]

    /// The importance of each rated attribute (`weight.NAME`); unlisted attributes weigh 1.
    public private(set) var weights: [String: Double]

    /// Days that are not business days whatever their weekday, from `cmplt holiday`.
    public private(set) var holidays: Set<CivilDate>

    /// Settings from stored `values` (already normalized), defaults for the rest.
    public init(values: [Setting: String] = [:], weights: [String: Double] = [:], holidays: Set<CivilDate> = []) {
        self.values = values
        self.weights = weights
        self.holidays = holidays
    }

    /// The prefix of attribute-weight keys: `weight.speed`.
    public static let weightPrefix = "weight."

    /// Reads an attribute weight: a finite number from 0 to 1000.
    public static func parseWeight(_ text: String, key: String) throws(CmpltError) -> Double {
        guard let weight = Double(text), weight.isFinite, (0...1000).contains(weight) else {
            throw .invalidInput("\(key): '\(text)' is not a weight; expected a number from 0 to 1000, e.g. 2 or 0.5")
        }
        return weight
    }

    /// The value in force for `setting`.
    public subscript(setting: Setting) -> String {
        values[setting] ?? setting.defaultValue
    }

    /// Whether `setting` holds a stored value rather than its default.
    public func isSet(_ setting: Setting) -> Bool {
        values[setting] != nil
    }

    /// The target for acknowledging a complaint.
    public var acknowledgeTarget: TargetDuration {
        duration(.targetAcknowledge)
    }

    /// The target for responding to a complaint of `severity`.
    public func responseTarget(for severity: Severity) -> TargetDuration {
        duration(.responseTarget(for: severity))
    }

    /// The working calendar that business-day targets count in.
    public var workCalendar: WorkCalendar {
        let weekend =
            (try? Weekday.parseList(self[.calendarWeekend], setting: Setting.calendarWeekend.rawValue)) ?? [.sat, .sun]
        return WorkCalendar(weekend: weekend, holidays: holidays)
    }

    /// The due dates of a complaint received at `receivedAt` with `severity`.
    public func dueDates(receivedAt: Timestamp, severity: Severity?) -> (acknowledge: Timestamp, response: Timestamp?) {
        let calendar = workCalendar
        let acknowledge = acknowledgeTarget.due(from: receivedAt, calendar: calendar)
        let response = severity.map { responseTarget(for: $0).due(from: receivedAt, calendar: calendar) }
        return (acknowledge, response)
    }

    private func duration(_ setting: Setting) -> TargetDuration {
        (try? TargetDuration(parsing: self[setting])) ?? (try! TargetDuration(parsing: setting.defaultValue))
    }
}

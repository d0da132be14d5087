/// The settings in force: target times and the working calendar.
public struct Settings: Equatable, Sendable {
    /// The stored value of each setting; missing keys take their default.
    public private(set) var values: [Setting: String]

    /// The importance of each rated attribute (`weight.NAME`); unlisted attributes weigh 1.
    public private(set) var weights: [String: Double]

    /// Days that are not business days whatever their weekday, from `cmplt holiday`, with
    /// their names (`nil` when unnamed).
    public private(set) var holidays: [CivilDate: String?]

    /// Settings from stored `values` (already normalized), defaults for the rest.
    public init(values: [Setting: String] = [:], weights: [String: Double] = [:], holidays: [Holiday] = []) {
        self.values = values
        self.weights = weights
        self.holidays = Dictionary(holidays.map { ($0.day, $0.name) }) { first, _ in first }
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
        return WorkCalendar(weekend: weekend, holidays: Set(holidays.keys))
    }

    private func duration(_ setting: Setting) -> TargetDuration {
        (try? TargetDuration(parsing: self[setting])) ?? (try! TargetDuration(parsing: setting.defaultValue))
    }

    /// How a due date was counted, e.g. `5 business days from 2026-03-19: skipped 2026-03-20 to
    /// 2026-03-24 (Nowruz), 2026-03-27 (weekend)`; `nil` when these settings do not give `due`
    /// (it was counted with settings in force earlier). Days are written by `writing`.
    public func explain(
        _ target: TargetDuration, from start: Timestamp, due: Timestamp,
        writing write: (CivilDate) -> String = { $0.description }
    ) -> String? {
        let calendar = workCalendar
        guard target.due(from: start, calendar: calendar) == due else { return nil }
        let startDay = calendar.zone.civil(start).date
        switch target {
        case .hours(let count): return "\(count) hour\(count == 1 ? "" : "s") after receipt"
        case .days(let count): return "\(count) calendar day\(count == 1 ? "" : "s") from \(write(startDay))"
        case .businessDays(let count):
            var skipped: [(first: CivilDate, last: CivilDate, reason: String)] = []
            var day = startDay.adding(days: 1)
            let dueDay = calendar.zone.civil(due).date
            while day <= dueDay {
                if !calendar.isBusinessDay(day) {
                    let reason = holidays[day].map { $0 ?? "holiday" } ?? "weekend"
                    if let last = skipped.last, last.last.adding(days: 1) == day, last.reason == reason {
                        skipped[skipped.count - 1].last = day
                    } else {
                        skipped.append((day, day, reason))
                    }
                }
                day = day.adding(days: 1)
            }
            let list = skipped.map {
                ($0.first == $0.last ? write($0.first) : "\(write($0.first)) to \(write($0.last))") + " (\($0.reason))"
            }
            return "\(count) business day\(count == 1 ? "" : "s") from \(write(startDay))"
                + (list.isEmpty ? "" : ": skipped " + list.joined(separator: ", "))
        }
    }
}

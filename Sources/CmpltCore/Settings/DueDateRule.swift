/// The settings that decide due dates, read once: the targets and the working calendar.
///
/// ``Settings`` keeps setting values as text; a rule parses them a single time, so that an import
/// computing the due dates of every row does not parse them again for each one.
public struct DueDateRule: Sendable {
    private let calendar: WorkCalendar
    private let acknowledge: TargetDuration
    private let responses: [Severity: TargetDuration]

    /// The rule of `settings`.
    public init(_ settings: Settings) {
        calendar = settings.workCalendar
        acknowledge = settings.acknowledgeTarget
        responses = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, settings.responseTarget(for: $0)) })
    }

    /// The due dates of a complaint received at `receivedAt` with `severity`.
    public func dates(receivedAt: Timestamp, severity: Severity?) -> (acknowledge: Timestamp, response: Timestamp?) {
        (
            acknowledge.due(from: receivedAt, calendar: calendar),
            severity.flatMap { responses[$0] }.map { $0.due(from: receivedAt, calendar: calendar) }
        )
    }
}

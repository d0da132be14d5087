/// A complaint read from an import row, with the history its lifecycle columns describe.
///
/// The history is what `advance` would have recorded: every main-path state up to `state`
/// (or the latest lifecycle time given), each at its own column's time when there is one and
/// otherwise at the next later known time, so every timing metric stays defined. Severity,
/// resolution and upheld are not required on the way (registers brought from elsewhere rarely
/// have them); an outcome is required to close, and the times must not run backwards.
struct ImportedComplaint {
    var complaint: Complaint
    var steps: [(state: State, at: Timestamp)]
    var decisions: Decisions

    /// Keys the complaint object has but import ignores: they are derived.
    static let derivedKeys: Set<String> = [
        "id", "due_acknowledge_at", "due_response_at", "overdue", "reopened", "events", "ratings",
    ]

    /// Reads `record`; dates may not lie more than 5 minutes after `now`.
    init(_ record: ImportRecord, now: Timestamp, ignoreUnknown: Bool) throws(ImportProblem) {
        if let problem = record.problem { throw problem }
        var values: [ComplaintField: ImportValue] = [:]
        for (name, value) in record.fields {
            if let field = ComplaintField(rawValue: name), !Self.derivedKeys.contains(name) {
                values[field] = value
            } else if !Self.derivedKeys.contains(name) && !ignoreUnknown {
                throw ImportProblem(
                    line: record.line, column: name,
                    message:
                        "unknown column; expected complaint keys such as description, channel, category (or --ignore-unknown)"
                )
            }
        }
        let reader = FieldReader(line: record.line, values: values, now: now)
        let receivedAt = try reader.date(.receivedAt) ?? now
        let new = NewComplaint(
            description: try reader.text(.description) ?? "", channel: try reader.text(.channel) ?? "",
            category: try reader.text(.category) ?? "", receivedAt: receivedAt, product: try reader.text(.product),
            severity: try reader.choice(.severity, Severity.self), complainant: try reader.text(.complainant),
            contact: try reader.text(.contact), desiredOutcome: try reader.text(.desiredOutcome),
            ref: try reader.text(.ref),
            tags: try reader.tags())
        do {
            complaint = try Complaint(validating: new)
        } catch {
            let field = ComplaintField.allCases.first { error.message.hasPrefix($0.rawValue + " ") }
            throw ImportProblem(line: record.line, column: field?.rawValue, message: error.message)
        }
        complaint.assignee = try reader.text(.assignee)
        complaint.rootCause = try reader.text(.rootCause)
        decisions = Decisions(
            resolution: try reader.text(.resolution), upheld: try reader.choice(.upheld, Upheld.self),
            outcome: try reader.choice(.outcome, Outcome.self))
        steps = try Self.history(
            received: receivedAt, acknowledged: try reader.date(.acknowledgedAt),
            responded: try reader.date(.respondedAt),
            closed: try reader.date(.closedAt), state: try reader.choice(.state, State.self), decisions: decisions,
            line: record.line)
    }

    /// The states entered and when, checked for order and consistency.
    private static func history(
        received: Timestamp, acknowledged: Timestamp?, responded: Timestamp?, closed: Timestamp?, state: State?,
        decisions: Decisions, line: Int
    ) throws(ImportProblem) -> [(state: State, at: Timestamp)] {
        func problem(_ column: ComplaintField, _ message: String) -> ImportProblem {
            ImportProblem(line: line, column: column.rawValue, message: message)
        }
        let times: [(ComplaintField, State, Timestamp?)] = [
            (.acknowledgedAt, .acknowledged, acknowledged), (.respondedAt, .responded, responded),
            (.closedAt, .closed, closed),
        ]
        var previous = (ComplaintField.receivedAt, received)
        for (column, _, time) in times {
            guard let time else { continue }
            guard time >= previous.1 else {
                throw problem(column, "\(time.rfc3339) is before \(previous.0.rawValue) \(previous.1.rfc3339)")
            }
            previous = (column, time)
        }
        let target = state ?? times.last { $0.2 != nil }?.1 ?? .received
        let pathEnd = target == .escalated ? State.responded : target
        let reached = pathEnd.mainPathIndex!
        for (column, step, time) in times where time != nil && step.mainPathIndex! > reached {
            throw problem(column, "is set but state is \(target.rawValue)")
        }
        if closed == nil, target == .closed { throw problem(.closedAt, "state closed needs closed_at") }
        if responded == nil, target == .escalated { throw problem(.respondedAt, "state escalated needs responded_at") }
        if target == .closed, decisions.outcome == nil {
            throw problem(.outcome, "a closed complaint needs an outcome: \(Outcome.names.joined(separator: ", "))")
        }
        if decisions.outcome != nil, target != .closed {
            throw problem(.outcome, "is set but state is \(target.rawValue)")
        }
        if decisions.resolution != nil || decisions.upheld != nil, reached < State.responded.mainPathIndex! {
            throw problem(decisions.upheld != nil ? .upheld : .resolution, "is set but state is \(target.rawValue)")
        }

        let path = Array(State.mainPath[1..<(reached + 1)]) + (target == .escalated ? [.escalated] : [])
        let known = Dictionary(uniqueKeysWithValues: times.compactMap { _, step, time in time.map { (step, $0) } })
        var latest = received
        var steps = path.map { step -> (state: State, at: Timestamp) in
            let own = known[step] ?? path.drop { $0 != step }.lazy.compactMap { known[$0] }.first
            latest = own ?? latest
            return (step, latest)
        }
        // A state without a time of its own and none after it keeps the latest earlier time.
        for index in steps.indices.dropFirst() where steps[index].at < steps[index - 1].at {
            steps[index].at = steps[index - 1].at
        }
        return steps
    }
}

/// Reads typed values of one import row, turning bad ones into an ``ImportProblem``.
private struct FieldReader {
    let line: Int
    let values: [ComplaintField: ImportValue]
    let now: Timestamp

    func text(_ field: ComplaintField) throws(ImportProblem) -> String? {
        switch values[field] {
        case nil, .null?: return nil
        case .text(let text)?: return text.isEmpty ? nil : text
        case .list?: throw ImportProblem(line: line, column: field.rawValue, message: "expected text, not a list")
        }
    }

    func choice<T: Vocabulary>(_ field: ComplaintField, _ type: T.Type) throws(ImportProblem) -> T? {
        guard let text = try text(field) else { return nil }
        guard let value = T(rawValue: text) else {
            throw ImportProblem(
                line: line, column: field.rawValue,
                message: "'\(text)' is not a valid \(T.noun); expected one of: \(T.names.joined(separator: ", "))")
        }
        return value
    }

    func date(_ field: ComplaintField) throws(ImportProblem) -> Timestamp? {
        guard let text = try text(field) else { return nil }
        do {
            let date = try DateParser.parse(text, now: now, zone: .local)
            try date.ensureNotInFuture(now: now)
            return date.instant
        } catch {
            throw ImportProblem(line: line, column: field.rawValue, message: error.description)
        }
    }

    func tags() throws(ImportProblem) -> [String] {
        switch values[.tags] {
        case nil, .null?: return []
        case .text(let text)?: return text.split(separator: ";").map(String.init)
        case .list(let tags)?: return tags
        }
    }
}

extension Register {
    /// Moves complaint `id` through the workflow as `request` asks, recording one event per
    /// state entered (all at the same instant) and one edit event per field it changes.
    ///
    /// - Throws: ``CmpltError/refused(_:)`` for a move the workflow does not allow, a missing
    ///   guard (severity, resolution and upheld, outcome) or a backdate before the latest move;
    ///   ``CmpltError/invalidInput(_:)`` for a decision the move does not take (such as an
    ///   outcome on a move that does not close); ``CmpltError/notFound(_:)``.
    public func move(_ id: Int64, _ request: MoveRequest, actor: String, now: Timestamp) throws(CmpltError)
        -> MoveResult
    {
        let note = try Register.validatedNote(request.note)
        if let resolution = request.resolution, resolution.allSatisfy(\.isWhitespace) {
            throw .invalidInput("resolution must not be empty")
        }
        return try write {
            var complaint = try loadComplaint(id)
            let from = complaint.state
            let path = try plannedPath(for: complaint, request)
            let at = try moveTime(of: complaint, request, now: now)

            if let severity = request.severity {
                try change(.severity, to: severity.rawValue, of: &complaint, at: at, actor: actor)
            }
            if let assignee = request.assignee {
                try change(.assignee, to: assignee, of: &complaint, at: at, actor: actor)
            }
            if let rootCause = request.rootCause {
                try change(.rootCause, to: rootCause, of: &complaint, at: at, actor: actor)
            }

            try record(
                complaint.walk(through: path.map { ($0, at) }, decisions: Decisions(request), note: note, actor: actor))
            try save(complaint)
            return MoveResult(from: from, entered: path, complaint: complaint)
        }
    }

    /// The states the request enters, after checking the workflow and every guard on the way.
    private func plannedPath(for complaint: Complaint, _ request: MoveRequest) throws -> [State] {
        guard let target = request.target ?? Workflow.nextState(after: complaint.state) else {
            throw refusal(complaint, "complaint #\(complaint.id) is closed; reopen it with --to investigating")
        }
        if target == .closed, request.outcome == nil {
            throw refusal(
                complaint, "closing complaint #\(complaint.id) needs --outcome \(Outcome.names.joined(separator: "|"))")
        }
        let path: [State]
        do {
            path = try Workflow.plan(from: complaint.state, to: target, outcome: request.outcome)
        } catch {
            throw CmpltError.refused("complaint #\(complaint.id) cannot move: \(error.message)")
        }
        if request.outcome != nil, !path.contains(.closed) {
            throw CmpltError.invalidInput(
                "--outcome applies only to a move that enters closed; this one enters \(path.last!.rawValue)")
        }
        if request.resolution != nil || request.upheld != nil, !path.contains(.responded) {
            throw CmpltError.invalidInput(
                "--resolution and --upheld apply only to a move that enters responded; this one enters \(path.last!.rawValue)"
            )
        }
        for state in path {
            switch state {
            case .assessed where (request.severity ?? complaint.severity) == nil:
                throw refusal(
                    complaint,
                    "complaint #\(complaint.id) cannot enter assessed without a severity; give --severity \(Severity.names.joined(separator: "|"))"
                )
            case .responded where request.resolution == nil || request.upheld == nil:
                let missing = [
                    request.resolution == nil ? "--resolution TEXT" : nil,
                    request.upheld == nil ? "--upheld yes|partly|no" : nil,
                ]
                throw refusal(
                    complaint,
                    "complaint #\(complaint.id) cannot enter responded without \(missing.compactMap { $0 }.joined(separator: " and "))"
                )
            default:
                continue
            }
        }
        return path
    }

    /// A refusal whose message ends by naming the complaint's state and the moves allowed from it.
    private func refusal(_ complaint: Complaint, _ reason: String) -> CmpltError {
        .refused(
            "\(reason) (it is \(complaint.state.rawValue); allowed moves: \(Workflow.describeMoves(from: complaint.state)))"
        )
    }

    /// When the move happens: `--at`, which may not precede the latest move, else now (or the
    /// latest move, when that was recorded a little ahead of this clock).
    private func moveTime(of complaint: Complaint, _ request: MoveRequest, now: Timestamp) throws -> Timestamp {
        let latest = Timestamp(
            seconds: try database.integer(
                "SELECT max(at) FROM event WHERE complaint_id = ? AND to_state IS NOT NULL", [.integer(complaint.id)])
                ?? complaint.receivedAt.seconds)
        guard let at = request.at else { return max(now, latest) }
        guard at >= latest else {
            throw refusal(
                complaint, "--at \(at.rfc3339) is before complaint #\(complaint.id)'s latest move at \(latest.rfc3339)")
        }
        return at
    }
}

extension Complaint {
    /// Enters each state of `steps` at its instant and returns the events that record it: the
    /// decisions a state needs as edits right before the move into it, `note` on the last
    /// move. The caller has checked the path, and records the events and saves the complaint.
    mutating func walk(
        through steps: [(state: State, at: Timestamp)], decisions: Decisions, note: String?, actor: String
    ) throws(CmpltError) -> [Event] {
        var events: [Event] = []
        for (index, step) in steps.enumerated() {
            switch step.state {
            case .responded:
                if let event = try edit(.resolution, to: decisions.resolution, at: step.at, actor: actor) {
                    events.append(event)
                }
                if let event = try edit(.upheld, to: decisions.upheld?.rawValue, at: step.at, actor: actor) {
                    events.append(event)
                }
            case .closed:
                if let event = try edit(.outcome, to: decisions.outcome?.rawValue, at: step.at, actor: actor) {
                    events.append(event)
                }
            default:
                break
            }
            let previous = state
            enter(step.state, at: step.at)
            events.append(
                Event(
                    id: 0, complaintID: id, at: step.at, actor: actor, kind: .move, from: previous, to: step.state,
                    note: index == steps.count - 1 ? note : nil))
        }
        return events
    }

    /// Enters `state` at `at`, keeping the lifecycle times in step with the move.
    mutating func enter(_ newState: State, at: Timestamp) {
        switch newState {
        case .acknowledged:
            if acknowledgedAt == nil { acknowledgedAt = at }
        case .responded:
            if respondedAt == nil { respondedAt = at }
            lastRespondedAt = at
        case .closed:
            closedAt = at
        case .investigating where state == .closed:
            reopened += 1
            closedAt = nil
        default:
            break
        }
        state = newState
    }
}

/// The decisions a walk records as it enters `responded` and `closed`.
struct Decisions {
    var resolution: String?
    var upheld: Upheld?
    var outcome: Outcome?
}

extension Decisions {
    /// The decisions a move request carries.
    init(_ request: MoveRequest) {
        self.init(resolution: request.resolution, upheld: request.upheld, outcome: request.outcome)
    }
}

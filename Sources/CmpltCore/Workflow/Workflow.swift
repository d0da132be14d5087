/// The ISO 10002 handling workflow: which moves are allowed and how `advance` plans a move.
///
///     Workflow.plan(from: .received, to: .closed, outcome: .accepted)
///     // [.acknowledged, .assessed, .investigating, .responded, .closed]
public enum Workflow {
    /// The states each state may move to directly. A move to `closed` from the first four
    /// states is allowed only with the outcome `withdrawn`.
    public static func allowedMoves(from state: State) -> [State] {
        switch state {
        case .received: [.acknowledged, .closed]
        case .acknowledged: [.assessed, .closed]
        case .assessed: [.investigating, .responded, .closed]
        case .investigating: [.responded, .closed]
        case .responded: [.closed, .escalated, .investigating]
        case .escalated: [.investigating, .responded, .closed]
        case .closed: [.investigating]
        }
    }

    /// Whether closing from `state` is limited to the outcome `withdrawn`.
    public static func closesOnlyWhenWithdrawn(from state: State) -> Bool {
        switch state {
        case .received, .acknowledged, .assessed, .investigating: true
        case .responded, .escalated, .closed: false
        }
    }

    /// Whether `from → to` is one move of the table, given the outcome a closing would carry.
    public static func isDirectMove(from: State, to: State, outcome: Outcome?) -> Bool {
        guard allowedMoves(from: from).contains(to) else { return false }
        return to != .closed || !closesOnlyWhenWithdrawn(from: from) || outcome == .withdrawn
    }

    /// Where `advance` without `--to` goes: the next state on the main path, `investigating`
    /// from `escalated`, and nowhere from `closed` (reopening is explicit).
    public static func nextState(after state: State) -> State? {
        switch state {
        case .escalated: .investigating
        case .closed: nil
        default: State.mainPath[state.mainPathIndex! + 1]
        }
    }

    /// The states entered, in order, to get from `from` to `to`: one state for a move of the
    /// table, else every main-path state up to `to` when `to` lies further along the main path.
    ///
    /// - Throws: ``CmpltError/refused(_:)`` naming the current state and the allowed moves.
    public static func plan(from: State, to: State, outcome: Outcome?) throws(CmpltError) -> [State] {
        if isDirectMove(from: from, to: to, outcome: outcome) { return [to] }
        if let start = from.mainPathIndex, let end = to.mainPathIndex, end > start {
            return Array(State.mainPath[(start + 1)...end])
        }
        throw refusal(from: from, to: to)
    }

    /// The refusal for a move the workflow does not allow.
    static func refusal(from: State, to: State) -> CmpltError {
        let reason = from == to ? "it is already \(to.rawValue)" : "\(from.rawValue) cannot move to \(to.rawValue)"
        return .refused("\(reason); from \(from.rawValue) the allowed moves are \(describeMoves(from: from))")
    }

    /// The allowed moves from `state` in words, e.g. `acknowledged, closed (withdrawn only)`.
    public static func describeMoves(from state: State) -> String {
        allowedMoves(from: state).map { target in
            target == .closed && closesOnlyWhenWithdrawn(from: state) ? "closed (withdrawn only)" : target.rawValue
        }.joined(separator: ", ")
    }

    /// What entering `state` needs, in words; `nil` when nothing.
    public static func requirement(entering state: State) -> String? {
        switch state {
        case .assessed: "a severity"
        case .responded: "a resolution and an upheld decision (each time)"
        case .closed: "an outcome (each time)"
        default: nil
        }
    }
}

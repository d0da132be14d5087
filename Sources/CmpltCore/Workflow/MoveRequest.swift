/// What `advance` asks for: a target state (or the next one) and the decisions the move records.
public struct MoveRequest: Equatable, Sendable {
    /// Where to go; `nil` means one step along the main path.
    public var target: State?
    /// Goes on the last event of the move.
    public var note: String?
    /// When the move happened; `nil` means now.
    public var at: Timestamp?
    public var severity: Severity?
    public var assignee: String?
    /// Needed each time the move enters `responded`.
    public var resolution: String?
    /// Needed each time the move enters `responded`.
    public var upheld: Upheld?
    /// Needed each time the move enters `closed`.
    public var outcome: Outcome?
    public var rootCause: String?

    public init(target: State? = nil) {
        self.target = target
    }
}

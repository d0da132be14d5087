/// What a move did: the state left, the states entered, and the complaint afterwards.
public struct MoveResult: Equatable, Sendable {
    public var from: State
    /// Every state entered, in order; the last is the complaint's state now.
    public var entered: [State]
    public var complaint: Complaint
}

/// Where a complaint stands in the ISO 10002 handling process (clause 7).
public enum State: String, Vocabulary {
    case received
    case acknowledged
    case assessed
    case investigating
    case responded
    case closed
    case escalated

    public static let noun = "state"

    /// The main path a complaint normally follows, in order.
    public static let mainPath: [State] = [.received, .acknowledged, .assessed, .investigating, .responded, .closed]

    /// The position of this state on the main path; `nil` for `escalated`.
    public var mainPathIndex: Int? { State.mainPath.firstIndex(of: self) }
}

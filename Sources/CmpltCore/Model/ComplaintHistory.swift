/// A complaint with everything recorded about it: its events and its satisfaction ratings.
public struct ComplaintHistory: Equatable, Sendable {
    public var complaint: Complaint
    /// Every event, oldest first.
    public var events: [Event]
    /// Every rating, oldest first.
    public var ratings: [Rating]
}

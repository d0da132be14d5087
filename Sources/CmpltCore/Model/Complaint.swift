/// One complaint as the register holds it: what was received, where it stands, and the times
/// its lifecycle reached each step.
public struct Complaint: Equatable, Sendable {
    public var id: Int64
    /// A unique external reference (a ticket number elsewhere), if any.
    public var ref: String?
    public var receivedAt: Timestamp
    public var channel: String
    public var category: String
    public var product: String?
    public var severity: Severity?
    public var state: State
    /// The person who complained: personal data.
    public var complainant: String?
    /// How to reach the complainant: personal data.
    public var contact: String?
    public var description: String
    public var desiredOutcome: String?
    public var assignee: String?
    public var tags: [String]
    public var resolution: String?
    public var upheld: Upheld?
    public var outcome: Outcome?
    public var rootCause: String?
    /// The first acknowledgement.
    public var acknowledgedAt: Timestamp?
    /// The first response.
    public var respondedAt: Timestamp?
    /// The latest response (differs from ``respondedAt`` after a reopening).
    public var lastRespondedAt: Timestamp?
    /// The latest closing; `nil` while open, including after a reopening.
    public var closedAt: Timestamp?
    public var dueAcknowledgeAt: Timestamp?
    public var dueResponseAt: Timestamp?
    /// How many times the complaint was reopened after closing.
    public var reopened: Int

    /// Whether the complaint is open and has passed a due date without taking that step.
    public func isOverdue(at now: Timestamp) -> Bool {
        guard state != .closed else { return false }
        if acknowledgedAt == nil, let due = dueAcknowledgeAt, now > due { return true }
        if respondedAt == nil, let due = dueResponseAt, now > due { return true }
        return false
    }
}

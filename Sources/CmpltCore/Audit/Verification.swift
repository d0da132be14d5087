/// What `verify` found: how much it checked, the chain head, and every violation.
public struct Verification: Equatable, Sendable {
    public var complaints = 0
    public var events = 0
    /// The newest event's id and hash (0 and the genesis hash for an empty register).
    public var head: ChainHead = ChainHead(event: 0, hash: EventChain.genesis)
    /// At most ``Register/maximumReportedViolations``; ``violationCount`` counts them all.
    public var violations: [Violation] = []
    public var violationCount = 0

    /// Whether every check held.
    public var isValid: Bool { violationCount == 0 }

    mutating func report(_ violation: Violation) {
        violationCount += 1
        if violations.count < Register.maximumReportedViolations { violations.append(violation) }
    }
}

/// The newest link of the event chain: publish it to prove later that history was not rewritten.
public struct ChainHead: Equatable, Sendable {
    public var event: Int64
    public var hash: String
}

/// One way the register is not what its history says, or not a sound SQLite file.
public struct Violation: Equatable, Sendable, CustomStringConvertible {
    public var complaint: Int64?
    public var event: Int64?
    public var message: String

    public var description: String {
        let subject = event.map { "event #\($0)" } ?? complaint.map { "complaint #\($0)" } ?? "register"
        return "\(subject): \(message)"
    }
}

/// The raw counts and samples of one period (or of a whole range, or one group), from which
/// ``PeriodMetrics`` are computed.
struct PeriodTally: Sendable {
    var received = 0
    var closed = 0
    var openAtEnd = 0
    var reopened = 0
    var escalated = 0
    var hoursToAcknowledge: [Double] = []
    var daysToRespond: [Double] = []
    var daysToClose: [Double] = []
    /// First responses whose complaint had a response target.
    var respondedWithTarget = 0
    /// Of those, responses at or before the target.
    var respondedWithinTarget = 0
    /// Latest responses that carry an upheld decision.
    var decided = 0
    /// Of those, `yes` or `partly`.
    var upheld = 0
    var scores: [Int] = []
    var npsAnswers: [Int] = []
    var efforts: [Int] = []
    /// Attribute scores by attribute name.
    var attributes: [String: [Int]] = [:]

    /// Adds `other`'s counts and samples to these; `openAtEnd` is left as it is.
    mutating func absorb(_ other: PeriodTally) {
        received += other.received
        closed += other.closed
        reopened += other.reopened
        escalated += other.escalated
        hoursToAcknowledge += other.hoursToAcknowledge
        daysToRespond += other.daysToRespond
        daysToClose += other.daysToClose
        respondedWithTarget += other.respondedWithTarget
        respondedWithinTarget += other.respondedWithinTarget
        decided += other.decided
        upheld += other.upheld
        scores += other.scores
        npsAnswers += other.npsAnswers
        efforts += other.efforts
        attributes.merge(other.attributes) { $0 + $1 }
    }
}

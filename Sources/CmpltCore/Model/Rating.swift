/// One satisfaction response about how a complaint was handled (ISO 10004; ISO 10002 8.3).
///
/// A complaint may have several; each counts in the period of its own time.
public struct Rating: Equatable, Sendable {
    public var id: Int64
    public var complaintID: Int64
    public var at: Timestamp
    /// Who recorded it.
    public var actor: String
    /// Overall satisfaction, 1 (very dissatisfied) to 5 (very satisfied).
    public var score: Int
    /// Likelihood to recommend, 0 to 10 (Net Promoter question).
    public var nps: Int?
    /// Customer effort, 1 (very difficult) to 7 (very easy).
    public var effort: Int?
    public var comment: String?
    /// Satisfaction with named attributes of the handling (e.g. `speed`), 1 to 5 each.
    public var attributes: [RatingAttribute]

    public init(
        id: Int64 = 0, complaintID: Int64, at: Timestamp, actor: String, score: Int, nps: Int? = nil,
        effort: Int? = nil, comment: String? = nil, attributes: [RatingAttribute] = []
    ) {
        self.id = id
        self.complaintID = complaintID
        self.at = at
        self.actor = actor
        self.score = score
        self.nps = nps
        self.effort = effort
        self.comment = comment
        self.attributes = attributes
    }

    /// The valid overall scores.
    public static let scoreRange = 1...5
    /// The valid Net Promoter answers.
    public static let npsRange = 0...10
    /// The valid effort answers.
    public static let effortRange = 1...7
}

/// Satisfaction with one named attribute of the handling, 1 to 5.
public struct RatingAttribute: Equatable, Sendable {
    public var name: String
    public var score: Int

    public init(name: String, score: Int) {
        self.name = name
        self.score = score
    }

    /// Reads `NAME=SCORE`, e.g. `speed=4`.
    public init(parsing text: String) throws(CmpltError) {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let score = Int(parts[1]), Rating.scoreRange.contains(score) else {
            throw .invalidInput("'\(text)' is not an attribute rating; expected NAME=1..5, e.g. speed=4")
        }
        let name = String(parts[0])
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
            throw .invalidInput("'\(name)' is not an attribute name; use letters, digits, '-' and '_'")
        }
        self.init(name: name, score: score)
    }
}

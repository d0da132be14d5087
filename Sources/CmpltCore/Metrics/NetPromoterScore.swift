/// The Net Promoter Score of 0…10 “would you recommend us” answers, with its 95% margin of error.
///
/// ```swift
/// let nps = NetPromoterScore(answers: [10, 9, 9, 8, 7, 6, 3, 10])!
/// nps.score           // 25.0 (4 promoters, 2 detractors of 8)
/// nps.marginOfError   // 57.46…
/// ```
///
/// The score is the percentage of promoters (9–10) minus the percentage of detractors (0–6), from −100 to 100.
/// The margin, in the same points, is z × √(v / n) × 100 with v = p₊ + p₋ − (p₊ − p₋)², the variance of one
/// answer scored +1, 0 or −1, and z = 1.959963984540054 (the “1.96” of the usual formula).
public struct NetPromoterScore: Sendable, Equatable {
    /// The number of answers from 0 to 10 that were counted.
    public let respondents: Int
    /// The score, from −100 to 100.
    public let score: Double
    /// The half-width of the 95% interval of the score, in points.
    public let marginOfError: Double

    /// Creates the score of `answers`; answers outside 0...10 are ignored, and `nil` is returned when none is left.
    ///
    /// ```swift
    /// NetPromoterScore(answers: [10, 0])?.score  // 0.0
    /// NetPromoterScore(answers: [])              // nil
    /// ```
    public init?(answers: [Int]) {
        let counted = answers.filter { (0...10).contains($0) }
        guard !counted.isEmpty else { return nil }
        let promoterCount = counted.count { $0 >= 9 }
        let detractorCount = counted.count { $0 <= 6 }
        let n = Double(counted.count)
        let promoters = Double(promoterCount) / n
        let detractors = Double(detractorCount) / n
        // p₊ + p₋ − (p₊ − p₋)² rewritten as a sum of non-negative terms, so rounding cannot make it negative.
        let variance = promoters * (1 - promoters) + detractors * (1 - detractors) + 2 * promoters * detractors
        respondents = counted.count
        // One division of an exact integer, so that 1 promoter in 8 answers scores exactly 12.5.
        score = Double((promoterCount - detractorCount) * 100) / n
        marginOfError = StandardNormal.quantile975 * (variance / n).squareRoot() * 100
    }
}

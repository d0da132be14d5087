import CmpltCore
import Testing

struct NetPromoterScoreTests {
    // Expected values: Python, with p = share of 9–10, d = share of 0–6, score = (p − d) × 100 and
    // margin = scipy.stats.norm.ppf(0.975) × sqrt((p + d − (p − d)²) / n) × 100.
    static let cases: [(answers: [Int], score: Double, margin: Double)] = [
        ([10, 9, 9, 8, 7, 6, 3, 10], 25, 57.45653726108122),
        ([10, 0], 0, 138.5903824349678),
        ([10, 10, 10], 100, 0),
        ([0, 1, 2], -100, 0),
        ([8, 7, 8], 0, 0),
        ([9, 10, 7, 8, 6, 5, 9, 10, 10, 3, 2, 9], 16.666666666666668, 50.781463928353865),
        ([10, 9, 9, 9, 8, 8, 7, 6, 5, 0], 10, 51.4840420545915),
    ]

    @Test(arguments: cases)
    func matchesTheStandardFormula(answers: [Int], score: Double, margin: Double) throws {
        let nps = try #require(NetPromoterScore(answers: answers))
        #expect(nps.respondents == answers.count)
        #expect(isClose(nps.score, score))
        #expect(isClose(nps.marginOfError, margin))
    }

    @Test func scoreIsTheExactQuotient() {
        // 1 promoter in 8 answers: 12.5 exactly, so that rounding to one decimal is not disturbed.
        #expect(NetPromoterScore(answers: [10, 8, 8, 8, 8, 8, 8, 8])?.score == 12.5)
    }

    @Test func ignoresAnswersOutsideTheScale() {
        let nps = NetPromoterScore(answers: [10, 11, -1, 0])
        #expect(nps?.respondents == 2)
        #expect(nps?.score == 0)
    }

    @Test func nilWithoutAnswers() {
        #expect(NetPromoterScore(answers: []) == nil)
        #expect(NetPromoterScore(answers: [12]) == nil)
    }
}

import CmpltCore
import Testing

struct WilsonIntervalTests {
    // Expected values: statsmodels.stats.proportion.proportion_confint(s, n, alpha=0.05, method="wilson").
    // The first four are also Newcombe (1998), Statistics in Medicine 17:857, Table II, method 3:
    // 81/263 → 0.2553–0.3662, 15/148 → 0.0624–0.1605, 0/20 → 0–0.1611, 1/29 → 0.0061–0.1718.
    static let cases: [(successes: Int, trials: Int, lower: Double, upper: Double)] = [
        (81, 263, 0.2552885198782742, 0.36620957698280004),
        (15, 148, 0.06238639953073628, 0.16048724172330803),
        (0, 20, 0, 0.1611251580528194),
        (1, 29, 0.006113214292762667, 0.17175521879320294),
        (0, 10, 0, 0.27753279986288926),
        (10, 10, 0.7224672001371106, 1),
        (1, 1, 0.2065493143772374, 1),
        (0, 1, 0, 0.7934506856227627),
        (45, 50, 0.7863976856252034, 0.9565242350681095),
        (5, 10, 0.23659309051256394, 0.7634069094874361),
    ]

    @Test(arguments: cases)
    func matchesPublishedAndReferenceValues(successes: Int, trials: Int, lower: Double, upper: Double) throws {
        let interval = try #require(WilsonInterval(successes: successes, trials: trials))
        #expect(isClose(interval.lower, lower))
        #expect(isClose(interval.upper, upper))
    }

    @Test func boundsAreExactAtTheExtremes() {
        #expect(WilsonInterval(successes: 0, trials: 7)?.lower == 0)
        #expect(WilsonInterval(successes: 7, trials: 7)?.upper == 1)
    }

    @Test func nilWithoutTrialsOrWithImpossibleCounts() {
        #expect(WilsonInterval(successes: 0, trials: 0) == nil)
        #expect(WilsonInterval(successes: 3, trials: 2) == nil)
        #expect(WilsonInterval(successes: -1, trials: 2) == nil)
    }
}

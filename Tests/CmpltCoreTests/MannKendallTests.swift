import CmpltCore
import Testing

struct MannKendallTests {
    // Expected values: pymannkendall.original_test(numpy.array(series, float)) (pymannkendall 1.4.3):
    // s, var_s, z, p and slope; its trend "increasing" / "decreasing" / "no trend" is our direction.
    // The first five are also easy by hand, e.g. for [1, 2, 2, 3, 4, 4, 4, 5]: S = 28 − 4 tied pairs = 24,
    // Var(S) = (8·7·21 − 2·1·9 − 3·2·11) / 18 = 60.667, Z = 23 / √60.667 = 2.9529.
    struct Case: Sendable {
        let series: [Double]
        let s: Int
        let variance: Double
        let z: Double
        let p: Double
        let slope: Double
        let direction: TrendDirection
    }

    static let cases = [
        Case(
            series: [1, 2, 3, 4, 5], s: 10, variance: 16.666666666666668, z: 2.2045407685048604,
            p: 0.0274863361115103, slope: 1, direction: .rising),
        Case(
            series: [5, 4, 3, 2, 1], s: -10, variance: 16.666666666666668, z: -2.2045407685048604,
            p: 0.0274863361115103, slope: -1, direction: .falling),
        Case(series: [3, 3, 3, 3], s: 0, variance: 0, z: 0, p: 1, slope: 0, direction: .flat),
        Case(
            series: [2, 1, 3, 2, 4], s: 5, variance: 15.666666666666666, z: 1.0105823052798228,
            p: 0.3122163883433191, slope: 0.5, direction: .flat),
        Case(
            series: [1, 2, 2, 3, 4, 4, 4, 5], s: 24, variance: 60.666666666666664, z: 2.9529273983252993,
            p: 0.0031477598557005937, slope: 0.5, direction: .rising),
        Case(
            series: [12, 15, 11, 18, 20, 17, 22, 25, 19, 24, 28, 30], s: 50, variance: 212.66666666666666,
            z: 3.360054858486334, p: 0.0007792699724176178, slope: 1.55, direction: .rising),
        Case(
            series: [5, 3, 4, 4, 6, 2, 5, 3], s: -3, variance: 62.333333333333336, z: -0.2533201985524494,
            p: 0.8000207888406363, slope: -0.1, direction: .flat),
        Case(
            series: [10, 12, 12, 12, 11, 13, 15, 15, 14, 16], s: 31, variance: 120.33333333333333,
            z: 2.734817064582438, p: 0.006241495264271313, slope: 0.5714285714285714, direction: .rising),
        Case(
            series: [0, 0, 1, 0, 2, 1, 3, 2, 2, 4], s: 30, variance: 116.66666666666667, z: 2.6848782893403995,
            p: 0.007255622276777007, slope: 0.4, direction: .rising),
    ]

    @Test(arguments: cases)
    func matchesPymannkendall(_ expected: Case) {
        let trend = MannKendall(expected.series)
        #expect(trend.s == expected.s)
        #expect(isClose(trend.variance, expected.variance))
        #expect(isClose(trend.z, expected.z))
        #expect(isClose(trend.pValue, expected.p, relative: 1e-10))
        #expect(isClose(trend.sensSlope, expected.slope))
        #expect(trend.direction == expected.direction)
    }

    @Test func twoPeriodsGiveASlopeButNoTest() {
        let trend = MannKendall([3, 5])
        #expect(trend.s == 1)
        #expect(trend.sensSlope == 2)
        #expect(trend.z == nil)
        #expect(trend.pValue == nil)
        #expect(trend.direction == .flat)
    }

    @Test func fewerThanTwoPeriodsGiveNothing() {
        for series in [[], [7.0]] {
            let trend = MannKendall(series)
            #expect(trend.s == 0)
            #expect(trend.sensSlope == nil)
            #expect(trend.pValue == nil)
            #expect(trend.direction == .flat)
        }
    }

    @Test func namesMatchTheReport() {
        #expect(MannKendall.method == "mann-kendall")
        #expect(TrendDirection.allCases.map(\.rawValue) == ["rising", "falling", "flat"])
    }
}

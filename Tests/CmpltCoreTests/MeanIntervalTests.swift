import CmpltCore
import Testing

struct MeanIntervalTests {
    // Expected values: scipy.stats.t.interval(0.95, n - 1, loc=mean, scale=scipy.stats.sem(values)),
    // the margin being the upper bound minus the mean.
    static let cases: [(values: [Double], mean: Double, margin: Double, lower: Double, upper: Double)] = [
        ([2, 4, 4, 4, 5, 5, 7, 9], 5, 1.7874879182362093, 3.21251208176379, 6.787487918236209),
        ([1, 3], 2, 12.706204736174694, -10.706204736174694, 14.706204736174694),
        (
            [1.5, 2.25, 0.75, 3.0, 2.5, 1.0], 1.8333333333333333, 0.9337422039699981, 0.8995911293633351,
            2.7670755373033313
        ),
    ]

    @Test(arguments: cases)
    func matchesSciPy(values: [Double], mean: Double, margin: Double, lower: Double, upper: Double) throws {
        let interval = try #require(MeanInterval(values))
        #expect(isClose(interval.mean, mean))
        #expect(isClose(interval.marginOfError, margin, relative: 1e-11))
        #expect(isClose(interval.lower, lower, relative: 1e-11))
        #expect(isClose(interval.upper, upper, relative: 1e-11))
    }

    @Test func constantSampleHasNoMargin() {
        #expect(MeanInterval([3, 3, 3])?.marginOfError == 0)
    }

    @Test func nilForFewerThanTwoValues() {
        #expect(MeanInterval([]) == nil)
        #expect(MeanInterval([4.5]) == nil)
    }
}

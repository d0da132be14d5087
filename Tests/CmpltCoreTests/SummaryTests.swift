import CmpltCore
import Testing

/// Order statistics (`Summary`) and moments (`Moments`) of the same small samples.
struct SummaryTests {
    // Expected values: numpy.median, numpy.percentile (default "linear", R-7), numpy.mean and
    // statistics.stdev (sample) in Python 3.11 / NumPy, printed with repr.
    @Test func evenCount() {
        let summary = Summary([4, 1, 3, 2])
        let moments = Moments([4, 1, 3, 2])
        #expect(summary.count == 4)
        #expect(summary.median == 2.5)
        #expect(isClose(summary.percentile(90), 3.7))
        #expect(summary.percentile(25) == 1.75)
        #expect(summary.percentile(75) == 3.25)
        #expect(moments.mean == 2.5)
        #expect(isClose(moments.standardDeviation, 1.2909944487358056))
    }

    @Test func oddCount() {
        let summary = Summary([3, 1, 2])
        let moments = Moments([3, 1, 2])
        #expect(summary.median == 2)
        #expect(isClose(summary.percentile(90), 2.8))
        #expect(moments.standardDeviation == 1)
    }

    @Test func oneToTen() {
        let summary = Summary((1...10).map(Double.init))
        let moments = Moments((1...10).map(Double.init))
        #expect(summary.median == 5.5)
        #expect(isClose(summary.percentile(90), 9.1))
        #expect(summary.percentile(25) == 3.25)
        #expect(summary.percentile(75) == 7.75)
        #expect(summary.percentile(0) == 1)
        #expect(summary.percentile(100) == 10)
        #expect(isClose(moments.standardDeviation, 3.0276503540974917))
    }

    @Test func unsortedFractions() {
        let summary = Summary([0.5, 2.5, 10.25, 3.75, 7.0])
        let moments = Moments([0.5, 2.5, 10.25, 3.75, 7.0])
        #expect(summary.median == 3.75)
        #expect(isClose(summary.percentile(90), 8.95))
        #expect(summary.percentile(25) == 2.5)
        #expect(isClose(moments.mean, 4.8))
        #expect(isClose(moments.standardDeviation, 3.854380624691858))
        #expect(isClose(Moments([2, 4, 4, 4, 5, 5, 7, 9]).standardDeviation, 2.138089935299395))
    }

    @Test func medianOfEvenCountIsTheMeanOfTheTwoMiddleValues() {
        #expect(Summary([1, 1.01]).median == (1 + 1.01) / 2)
        #expect(Rounding.round(Summary([1, 1.01]).median!, places: 2) == 1.01)
    }

    @Test func singleValue() {
        let summary = Summary([1.5])
        let moments = Moments([1.5])
        #expect(summary.median == 1.5)
        #expect(summary.percentile(90) == 1.5)
        #expect(moments.mean == 1.5)
        #expect(moments.standardDeviation == nil)
    }

    @Test func nothingToMeasureIsNil() {
        let summary = Summary([])
        let moments = Moments([])
        #expect(summary.count == 0)
        #expect(summary.median == nil)
        #expect(summary.percentile(50) == nil)
        #expect(moments.mean == nil)
        #expect(moments.standardDeviation == nil)
    }

    @Test func constantSampleIsExact() {
        let summary = Summary([0.1, 0.1, 0.1])
        let moments = Moments([0.1, 0.1, 0.1])
        #expect(summary.percentile(37) == 0.1)
        #expect(isClose(moments.standardDeviation, 0))  // numpy.std([0.1] * 3, ddof=1) is 1.7e-17 too
    }
}

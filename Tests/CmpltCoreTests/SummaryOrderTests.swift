import Testing

@testable import CmpltCore

/// Large samples are sorted by radix on their bit patterns; they must come out exactly as the
/// standard library's comparison sort orders them.
@Suite struct SummaryOrderTests {
    /// A reproducible sample: durations of many sizes, negatives, zeros of both signs and repeats.
    private func sample(count: Int, seed: UInt64) -> [Double] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        return (0..<count).map { index in
            switch index % 7 {
            case 0: 0.0
            case 1: -0.0
            case 2: Double(next() % 1000) / 24
            case 3: -Double(next() % 100_000) / 3
            case 4: Double(next()) * 1e-3
            case 5: 42.5
            default: Double(next() % 10_000_000) / 86_400
            }
        }
    }

    @Test(arguments: [1_023, 1_024, 5_000, 100_003])
    func radixOrderEqualsComparisonOrder(count: Int) {
        let values = sample(count: count, seed: UInt64(count))
        let mine = Summary.ascending(values)
        let expected = values.sorted()
        #expect(mine.count == expected.count)
        #expect(zip(mine, expected).allSatisfy { $0 == $1 })
    }

    @Test func statisticsOfALargeSampleAreThoseOfTheSortedValues() {
        let values = (1...10_000).reversed().map(Double.init)
        let summary = Summary(values)
        #expect(summary.median == 5_000.5)
        #expect(summary.percentile(90) == 9_000.1)
        #expect(summary.percentile(0) == 1)
        #expect(summary.percentile(100) == 10_000)
    }
}

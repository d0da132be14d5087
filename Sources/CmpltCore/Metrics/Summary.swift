/// Order statistics and moments of a sample of numbers, such as handling durations in days.
///
/// ```swift
/// let summary = Summary([4, 1, 3, 2])
/// summary.median          // 2.5
/// summary.percentile(90)  // 3.7
/// summary.mean            // 2.5
/// ```
///
/// Every statistic is `nil` when the sample is too small to define it, never 0. The values should be finite.
public struct Summary: Sendable, Equatable {
    /// The sample in ascending order.
    private let sorted: [Double]

    /// Creates the summary of `values`, in any order.
    ///
    /// ```swift
    /// Summary([2.5, 0.5, 1]).count  // 3
    /// ```
    public init(_ values: [Double]) {
        sorted = values.sorted()
    }

    /// The number of values in the sample.
    ///
    /// ```swift
    /// Summary([]).count  // 0
    /// ```
    public var count: Int { sorted.count }

    /// The middle value, or the mean of the two middle values of an even count; `nil` for an empty sample.
    ///
    /// ```swift
    /// Summary([3, 1, 2]).median     // 2.0
    /// Summary([4, 1, 3, 2]).median  // 2.5
    /// ```
    public var median: Double? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    /// The `p`th percentile (`p` from 0 to 100) by linear interpolation between closest ranks; `nil` when empty.
    ///
    /// ```swift
    /// Summary((1...10).map(Double.init)).percentile(90)  // 9.1
    /// ```
    ///
    /// This is Hyndman and Fan's definition 7, the default of R's `quantile`, NumPy's `percentile` and
    /// Excel's `PERCENTILE.INC`: with the values sorted as x₀ … xₙ₋₁, h = (n − 1) × p / 100 and the result is
    /// x⌊h⌋ + (h − ⌊h⌋) × (x⌊h⌋₊₁ − x⌊h⌋). Percentile 0 is the minimum, 100 the maximum.
    ///
    /// - Precondition: `p` is in 0...100.
    public func percentile(_ p: Double) -> Double? {
        precondition((0...100).contains(p), "percentile \(p) outside 0...100")
        guard !sorted.isEmpty else { return nil }
        let rank = Double(sorted.count - 1) * p / 100
        let below = Int(rank.rounded(.down))
        guard below + 1 < sorted.count else { return sorted[below] }
        return sorted[below] + (rank - Double(below)) * (sorted[below + 1] - sorted[below])
    }

    /// The arithmetic mean; `nil` for an empty sample.
    ///
    /// ```swift
    /// Summary([1, 2, 6]).mean  // 3.0
    /// ```
    public var mean: Double? {
        guard !sorted.isEmpty else { return nil }
        return sorted.reduce(0, +) / Double(sorted.count)
    }

    /// The sample standard deviation, with n − 1 in the denominator; `nil` for fewer than two values.
    ///
    /// ```swift
    /// Summary([2, 4, 4, 4, 5, 5, 7, 9]).standardDeviation  // 2.138089935299395
    /// ```
    public var standardDeviation: Double? {
        guard sorted.count >= 2, let mean else { return nil }
        let squares = sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(sorted.count - 1)).squareRoot()
    }
}

/// Order statistics of a sample of numbers, such as handling durations in days.
///
/// ```swift
/// let summary = Summary([4, 1, 3, 2])
/// summary.median          // 2.5
/// summary.percentile(90)  // 3.7
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
        sorted = Self.ascending(values)
    }

    /// `values` in ascending order.
    ///
    /// Large samples are sorted by their IEEE 754 bit patterns, eleven bits at a time (a radix
    /// sort, linear in the count: six passes): a report over a million complaints sorts hundreds of
    /// thousands of durations, where the standard library's comparison sort took a sixth of its time.
    static func ascending(_ values: [Double]) -> [Double] {
        guard values.count >= 1_024 else { return values.sorted() }
        var keys = values.map(orderedBits)
        var scratch = [UInt64](repeating: 0, count: keys.count)
        let digitBits: UInt64 = 11
        let digitMask = (1 << Int(digitBits)) - 1
        withUnsafeTemporaryAllocation(of: Int.self, capacity: digitMask + 2) { counts in
            for shift in stride(from: UInt64(0), to: 64, by: Int(digitBits)) {
                counts.initialize(repeating: 0)
                keys.withUnsafeBufferPointer { keys in
                    for key in keys { counts[Int(truncatingIfNeeded: key &>> shift) & digitMask + 1] += 1 }
                }
                // Every key has the same digit here: this pass would move nothing.
                if counts.contains(keys.count) { continue }
                for digit in 1...digitMask + 1 { counts[digit] += counts[digit - 1] }
                keys.withUnsafeBufferPointer { keys in
                    scratch.withUnsafeMutableBufferPointer { scratch in
                        for key in keys {
                            let digit = Int(truncatingIfNeeded: key &>> shift) & digitMask
                            scratch[counts[digit]] = key
                            counts[digit] += 1
                        }
                    }
                }
                swap(&keys, &scratch)
            }
        }
        return keys.map(value(ofOrderedBits:))
    }

    /// A key whose unsigned order is the numeric order of `value`: positive numbers with the sign
    /// bit set, negative ones with every bit flipped.
    private static func orderedBits(_ value: Double) -> UInt64 {
        let bits = value.bitPattern
        return bits & (1 &<< 63) != 0 ? ~bits : bits | (1 &<< 63)
    }

    /// The number whose ``orderedBits(_:)`` is `key`.
    private static func value(ofOrderedBits key: UInt64) -> Double {
        Double(bitPattern: key & (1 &<< 63) != 0 ? key & ~(1 &<< 63) : ~key)
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
}

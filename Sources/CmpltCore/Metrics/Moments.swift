/// The mean and spread of a sample of numbers, which, unlike its order statistics, need no sorting.
///
/// ```swift
/// let moments = Moments([2, 4, 4, 4, 5, 5, 7, 9])
/// moments.mean               // 5.0
/// moments.standardDeviation  // 2.138089935299395
/// ```
public struct Moments: Sendable, Equatable {
    /// The number of values in the sample.
    public let count: Int
    /// The arithmetic mean; `nil` for an empty sample.
    public let mean: Double?
    /// The sample standard deviation, with n − 1 in the denominator; `nil` for fewer than two values.
    public let standardDeviation: Double?

    /// The moments of `values`, in any order.
    public init(_ values: [Double]) {
        count = values.count
        guard !values.isEmpty else {
            mean = nil
            standardDeviation = nil
            return
        }
        let mean = values.reduce(0, +) / Double(values.count)
        self.mean = mean
        guard values.count >= 2 else {
            standardDeviation = nil
            return
        }
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        standardDeviation = (squares / Double(values.count - 1)).squareRoot()
    }
}

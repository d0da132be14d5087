/// The 95% confidence interval of a mean by Student's t, such as for the mean handling time.
///
/// ```swift
/// let interval = MeanInterval([2, 4, 4, 4, 5, 5, 7, 9])!
/// interval.mean            // 5.0
/// interval.marginOfError   // 1.787…
/// interval.lower           // 3.212…
/// ```
///
/// The margin is t(0.975, n − 1) × s / √n, with s the sample standard deviation.
public struct MeanInterval: Sendable, Equatable {
    /// The sample mean, the centre of the interval.
    public let mean: Double
    /// The half-width of the interval.
    public let marginOfError: Double

    /// The lower bound, `mean - marginOfError`.
    public var lower: Double { mean - marginOfError }
    /// The upper bound, `mean + marginOfError`.
    public var upper: Double { mean + marginOfError }

    /// Creates the interval for the mean of `values`; `nil` for fewer than two values.
    ///
    /// ```swift
    /// MeanInterval([1, 3])?.marginOfError  // 12.706…
    /// MeanInterval([1])                    // nil
    /// ```
    public init?(_ values: [Double]) {
        let moments = Moments(values)
        guard let mean = moments.mean, let deviation = moments.standardDeviation else { return nil }
        let t = StudentT.quantile(0.975, degreesOfFreedom: moments.count - 1)
        self.mean = mean
        marginOfError = t * deviation / Double(moments.count).squareRoot()
    }
}

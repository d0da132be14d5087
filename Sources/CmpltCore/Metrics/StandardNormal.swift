import Glibc

/// The standard normal distribution, as far as the 95% intervals and two-sided tests of the report need it.
///
/// ```swift
/// StandardNormal.quantile975                         // 1.959963984540054
/// StandardNormal.twoSidedPValue(1.959963984540054)  // 0.05000…
/// ```
enum StandardNormal {
    /// The 97.5th percentile, the z of a two-sided 95% interval (the “1.96” of textbook formulas).
    static let quantile975 = 1.959963984540054

    /// The probability that a standard normal variable is at least `|z|` away from 0, computed as erfc(|z| / √2).
    ///
    /// ```swift
    /// StandardNormal.twoSidedPValue(0)  // 1.0
    /// ```
    static func twoSidedPValue(_ z: Double) -> Double {
        erfc(z.magnitude / 2.0.squareRoot())
    }
}

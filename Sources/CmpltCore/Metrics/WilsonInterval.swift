/// The 95% Wilson score confidence interval of a proportion, such as the share of satisfied customers.
///
/// ```swift
/// let interval = WilsonInterval(successes: 81, trials: 263)!
/// interval.lower  // 0.2553…
/// interval.upper  // 0.3662…
/// ```
///
/// Bounds are fractions from 0 to 1 (multiply by 100 for percentages), computed with z = 1.959963984540054 as
/// (p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n). Unlike the normal approximation the interval never leaves
/// 0...1 and stays meaningful for 0 or n successes, where it touches exactly 0 or 1.
public struct WilsonInterval: Sendable, Equatable {
    /// The lower bound, from 0 to 1.
    public let lower: Double
    /// The upper bound, from 0 to 1.
    public let upper: Double

    /// Creates the interval for `successes` out of `trials`; `nil` unless `trials` > 0 and 0 ≤ `successes` ≤ `trials`.
    ///
    /// ```swift
    /// WilsonInterval(successes: 0, trials: 10)   // lower 0, upper 0.2775…
    /// WilsonInterval(successes: 0, trials: 0)    // nil
    /// ```
    public init?(successes: Int, trials: Int) {
        guard trials > 0, (0...trials).contains(successes) else { return nil }
        let z = StandardNormal.quantile975
        let n = Double(trials)
        let proportion = Double(successes) / n
        let scale = 1 + z * z / n
        let center = (proportion + z * z / (2 * n)) / scale
        let halfWidth = z / scale * (proportion * (1 - proportion) / n + z * z / (4 * n * n)).squareRoot()
        lower = successes == 0 ? 0 : center - halfWidth
        upper = successes == trials ? 1 : center + halfWidth
    }
}

/// The Mann-Kendall trend test with Sen's slope, for the number of complaints received per period.
///
/// ```swift
/// let trend = MannKendall([12, 15, 11, 18, 20, 17, 22, 25, 19, 24, 28, 30])
/// trend.s            // 50
/// trend.pValue       // 0.00078…
/// trend.sensSlope    // 1.55
/// trend.direction    // .rising
/// ```
///
/// S counts the increasing minus the decreasing pairs of the series; its variance is corrected for ties,
/// Var(S) = [n(n − 1)(2n + 5) − Σ t(t − 1)(2t + 5)] / 18 over the groups of t equal values; Z is S ∓ 1 (a
/// continuity correction towards 0) over √Var(S), and the p-value is two-sided from the normal distribution.
/// Sen's slope, the change per period, is the median of (xⱼ − xᵢ)/(j − i) over all pairs i < j. The direction is
/// rising or falling, by the sign of S, only when p < 0.05. Results match Python's `pymannkendall.original_test`.
///
/// With fewer than three values there is no test: `z` and `pValue` are `nil` and the direction is flat. Sen's
/// slope is still given for two values, the plain difference, and is `nil` for fewer.
public struct MannKendall: Sendable, Equatable {
    /// The name of the method in the report's JSON.
    public static let method = "mann-kendall"
    /// The p-value below which a trend is called rising or falling.
    public static let significanceLevel = 0.05

    /// Kendall's S: the number of pairs i < j with xᵢ < xⱼ minus the number with xᵢ > xⱼ.
    public let s: Int
    /// The variance of S under the hypothesis of no trend, corrected for ties; 0 for a constant series.
    public let variance: Double
    /// The standardized statistic with continuity correction; `nil` for fewer than three values.
    public let z: Double?
    /// The two-sided p-value; `nil` for fewer than three values.
    public let pValue: Double?
    /// Sen's slope, the median change per period; `nil` for fewer than two values.
    public let sensSlope: Double?
    /// Rising or falling when `pValue` < 0.05, by the sign of S; otherwise flat.
    public let direction: TrendDirection

    /// Tests `series`, ordered from the oldest period to the newest, for a monotonic trend.
    ///
    /// ```swift
    /// MannKendall([4, 4, 4, 4]).pValue     // 1.0
    /// MannKendall([3, 5]).sensSlope        // 2.0, but no p-value and a flat direction
    /// ```
    public init(_ series: [Double]) {
        let n = series.count
        var s = 0
        var slopes: [Double] = []
        slopes.reserveCapacity(n * (n - 1) / 2)
        for i in series.indices {
            for j in (i + 1)..<n {
                let difference = series[j] - series[i]
                s += difference > 0 ? 1 : difference < 0 ? -1 : 0
                slopes.append(difference / Double(j - i))
            }
        }
        func spread(_ t: Int) -> Double { Double(t * (t - 1) * (2 * t + 5)) }
        let tieGroups = Dictionary(series.map { ($0, 1) }, uniquingKeysWith: +).values
        self.s = s
        variance = (spread(n) - tieGroups.reduce(0) { $0 + spread($1) }) / 18
        sensSlope = Summary(slopes).median
        guard n >= 3 else {
            z = nil
            pValue = nil
            direction = .flat
            return
        }
        // A non-zero S needs two distinct values, and then the variance is positive.
        let z = s == 0 ? 0 : Double(s > 0 ? s - 1 : s + 1) / variance.squareRoot()
        let pValue = StandardNormal.twoSidedPValue(z)
        self.z = z
        self.pValue = pValue
        direction = pValue < MannKendall.significanceLevel ? (s > 0 ? .rising : .falling) : .flat
    }
}

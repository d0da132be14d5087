/// The direction of a trend, spelled as in the report's JSON.
///
/// ```swift
/// TrendDirection.rising.rawValue  // "rising"
/// ```
public enum TrendDirection: String, Sendable, CaseIterable {
    /// A significant upward trend.
    case rising
    /// A significant downward trend.
    case falling
    /// No significant trend, or too few periods to tell.
    case flat
}

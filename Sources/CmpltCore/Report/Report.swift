/// A trend summary: the register's evidence for ISO 10002 clause 8 (analysis and evaluation)
/// and ISO 10004 (monitoring satisfaction).
public struct Report: Equatable, Sendable {
    public var kind: PeriodKind
    /// The first instant covered (widened to a period boundary).
    public var since: Timestamp
    /// The instant after the last one covered (exclusive).
    public var until: Timestamp
    /// One entry per period in range, oldest first, empty ones included.
    public var periods: [PeriodMetrics]
    /// The whole range; `openAtEnd` is at the range's end.
    public var totals: PeriodMetrics
    /// Mann-Kendall test and Sen's slope on the count received per period.
    public var trend: Trend
    /// The same on the median days to close per period (periods without closings left out).
    public var closeTimeTrend: Trend
    /// The same on CSAT per period (periods without ratings left out).
    public var satisfactionTrend: Trend
    /// Categories of the complaints received in range, largest first: a Pareto table.
    public var categories: [ParetoEntry]
    /// Categories and products whose count in the last period is far above their history.
    public var recurring: [RecurringProblem]
    /// Complaints open at the range's end by age since receipt.
    public var backlog: [BacklogBucket]
    /// With a dimension: one entry per value among complaints received in range.
    public var groups: [GroupMetrics]
    public var dimension: ReportDimension?
}

/// A trend test over a series of per-period values.
public struct Trend: Equatable, Sendable {
    public var direction: TrendDirection
    /// Sen's slope: the median change per period, to two decimals.
    public var slopePerPeriod: Double?
    /// The two-sided p-value of the Mann-Kendall test; `nil` for fewer than 3 values.
    public var pValue: Double?
    /// Always `mann-kendall`.
    public var method: String { MannKendall.method }
    /// How many periods the test saw.
    public var periods: Int

    init(_ series: [Double]) {
        let test = MannKendall(series)
        direction = test.direction
        slopePerPeriod = test.sensSlope.map { Rounding.round($0, places: 2) }
        pValue = test.pValue.map { Rounding.round($0, places: 4) }
        periods = series.count
    }
}

/// One row of the Pareto table.
public struct ParetoEntry: Equatable, Sendable {
    public var category: String
    public var count: Int
    /// Share of the complaints received in range, to one decimal.
    public var sharePct: Double
    /// Share of this and every larger category, to one decimal.
    public var cumulativePct: Double
    /// Whether the category is among the "vital few": those needed to reach 80%.
    public var vitalFew: Bool
}

/// A category or product whose count in the last period is significantly above its own
/// history: P(X ≥ count) < 0.05 for X ~ Poisson(mean of its earlier periods).
public struct RecurringProblem: Equatable, Sendable {
    /// `category` or `product`.
    public var field: String
    public var value: String
    /// Its count in the last period of the range.
    public var count: Int
    /// Its mean count over the earlier periods, to two decimals.
    public var expected: Double
    /// The Poisson upper-tail probability, to four decimals.
    public var pValue: Double
}

/// Open complaints of one age band at the range's end.
public struct BacklogBucket: Equatable, Sendable {
    /// `0-7`, `8-14`, `15-30` or `>30` (days since receipt).
    public var label: String
    public var count: Int
}

/// The totals of one value of the report's dimension.
public struct GroupMetrics: Equatable, Sendable {
    /// The value; `nil` for complaints without one (e.g. no product).
    public var key: String?
    public var totals: PeriodMetrics
}

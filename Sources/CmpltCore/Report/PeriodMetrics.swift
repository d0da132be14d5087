/// The handling and satisfaction figures of one period, of a range's totals, or of a group,
/// rounded as the contract says (durations, means and slopes to two decimals; percentages and
/// NPS to one; `nil` when there is nothing to measure).
public struct PeriodMetrics: Equatable, Sendable {
    /// The period's label, or `total`.
    public var period: String
    /// Complaints received in the period.
    public var received: Int
    /// Closing events in the period.
    public var closed: Int
    /// Complaints received by the period's end and not closed at that instant.
    public var openAtEnd: Int
    /// Reopening events in the period.
    public var reopened: Int
    /// Escalation events in the period.
    public var escalated: Int
    public var medianHoursToAcknowledge: Double?
    public var p90HoursToAcknowledge: Double?
    public var medianDaysToRespond: Double?
    public var p90DaysToRespond: Double?
    public var medianDaysToClose: Double?
    public var p90DaysToClose: Double?
    /// First responses at or before their target, as a percentage of first responses that had one.
    public var respondedWithinTargetPct: Double?
    /// Latest responses decided `yes` or `partly`, as a percentage of those with a decision.
    public var upheldPct: Double?
    /// Ratings given in the period.
    public var ratings: Int
    /// Scores of 4 or 5, as a percentage of ratings.
    public var csatPct: Double?
    /// The 95% Wilson interval of ``csatPct``, in percent.
    public var csatInterval: Interval?
    public var meanScore: Double?
    /// The 95% Student-t interval of ``meanScore``, clipped to the 1–5 scale.
    public var meanScoreInterval: Interval?
    /// Net Promoter Score over ratings that answered it, −100 to 100.
    public var nps: Double?
    /// The 95% margin of error of ``nps``, in points.
    public var npsMarginOfError: Double?
    public var meanEffort: Double?
    /// Ratings per closing, as a percentage.
    public var responseRatePct: Double?
    /// The importance-weighted satisfaction index, 0 to 100, when attributes were rated.
    public var satisfactionIndex: Double?
    /// Each rated attribute: weight, mean score, count.
    public var attributes: [AttributeMetrics]

    /// The figures of `tally`, labelled `period`, with attribute weights by name (default 1).
    init(period: String, tally: PeriodTally, weights: [String: Double]) {
        func duration(_ x: Double?) -> Double? { x.map { Rounding.round($0, places: 2) } }
        func percentage(_ part: Int, of whole: Int) -> Double? {
            whole == 0 ? nil : Rounding.round(Double(part) / Double(whole) * 100, places: 1)
        }
        self.period = period
        received = tally.received
        closed = tally.closed
        openAtEnd = tally.openAtEnd
        reopened = tally.reopened
        escalated = tally.escalated
        let acknowledge = Summary(tally.hoursToAcknowledge)
        let respond = Summary(tally.daysToRespond)
        let close = Summary(tally.daysToClose)
        medianHoursToAcknowledge = duration(acknowledge.median)
        p90HoursToAcknowledge = duration(acknowledge.percentile(90))
        medianDaysToRespond = duration(respond.median)
        p90DaysToRespond = duration(respond.percentile(90))
        medianDaysToClose = duration(close.median)
        p90DaysToClose = duration(close.percentile(90))
        respondedWithinTargetPct = percentage(tally.respondedWithinTarget, of: tally.respondedWithTarget)
        upheldPct = percentage(tally.upheld, of: tally.decided)

        ratings = tally.scores.count
        let satisfied = tally.scores.filter { $0 >= 4 }.count
        csatPct = percentage(satisfied, of: ratings)
        csatInterval = WilsonInterval(successes: satisfied, trials: ratings).map {
            Interval(lower: Rounding.round($0.lower * 100, places: 1), upper: Rounding.round($0.upper * 100, places: 1))
        }
        let scores = tally.scores.map(Double.init)
        meanScore = duration(Moments(scores).mean)
        meanScoreInterval = MeanInterval(scores).map {
            Interval(
                lower: Rounding.round(max($0.lower, 1), places: 2), upper: Rounding.round(min($0.upper, 5), places: 2))
        }
        let promoters = NetPromoterScore(answers: tally.npsAnswers)
        nps = promoters.map { Rounding.round($0.score, places: 1) }
        npsMarginOfError = promoters.map { Rounding.round($0.marginOfError, places: 1) }
        meanEffort = duration(Moments(tally.efforts.map(Double.init)).mean)
        responseRatePct = percentage(ratings, of: tally.closed)

        attributes = tally.attributes.keys.sorted().map { name in
            AttributeMetrics(name: name, scores: tally.attributes[name]!, weight: weights[name] ?? 1)
        }
        satisfactionIndex = AttributeMetrics.satisfactionIndex(of: attributes)
    }
}

/// How one attribute of the handling was rated: the importance/performance view (ISO 10004).
public struct AttributeMetrics: Equatable, Sendable {
    public var name: String
    /// Its importance, from the setting `weight.NAME` (default 1).
    public var weight: Double
    public var count: Int
    /// The mean score, 1 to 5, to two decimals.
    public var meanScore: Double
    /// The mean score on a 0–100 scale: (mean − 1) / 4 × 100, to one decimal.
    public var performancePct: Double

    init(name: String, scores: [Int], weight: Double) {
        let mean = Double(scores.reduce(0, +)) / Double(scores.count)
        self.name = name
        self.weight = weight
        count = scores.count
        meanScore = Rounding.round(mean, places: 2)
        performancePct = Rounding.round((mean - 1) / 4 * 100, places: 1)
        exactPerformance = (mean - 1) / 4 * 100
    }

    /// The unrounded performance, so the index does not compound rounding.
    private var exactPerformance: Double

    /// Σ weightᵢ × performanceᵢ / Σ weightᵢ over `attributes`, to one decimal; `nil` when none
    /// is rated or every weight is 0.
    static func satisfactionIndex(of attributes: [AttributeMetrics]) -> Double? {
        let totalWeight = attributes.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else { return nil }
        let weighted = attributes.reduce(0) { $0 + $1.weight * $1.exactPerformance }
        return Rounding.round(weighted / totalWeight, places: 1)
    }
}

/// A 95% confidence interval.
public struct Interval: Equatable, Sendable {
    public var lower: Double
    public var upper: Double
}

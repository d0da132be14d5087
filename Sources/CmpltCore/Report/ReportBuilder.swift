/// Accumulates complaints, moves and ratings into per-period tallies, then computes the report.
///
/// Every item is placed in the period holding its own time, by binary search over the range.
struct ReportBuilder {
    let range: ReportRange
    let dimension: ReportDimension?
    /// When the report is made: backlog ages are not measured past it.
    let now: Timestamp
    private(set) var tallies: [PeriodTally]
    /// Per period: +1 where an open stretch starts counting, −1 after it stops (a difference
    /// array, summed in ``finish(weights:)`` into each period's `openAtEnd`).
    private var openDelta: [Int]
    private var groups: [String?: PeriodTally] = [:]
    /// Dimension values of complaints received in range: the groups reported.
    private var receivedKeys: Set<String?> = []
    /// Received per period, by category and by product.
    private var categoryCounts: [String: [Int]] = [:]
    private var productCounts: [String: [Int]] = [:]
    private var backlogAges: [Int] = [0, 0, 0, 0]

    init(range: ReportRange, dimension: ReportDimension?, now: Timestamp) {
        self.range = range
        self.dimension = dimension
        self.now = now
        tallies = Array(repeating: PeriodTally(), count: range.periods.count)
        openDelta = Array(repeating: 0, count: range.periods.count + 1)
    }

    /// Adds one complaint's lifecycle. A reopened complaint's open stretches and closings come
    /// from its moves instead (``addMoves(of:_:)``).
    mutating func add(_ row: LifecycleRow) {
        let key = row.key
        if let index = range.index(of: row.receivedAt) {
            update(index, key) { $0.received += 1 }
            if dimension != nil { receivedKeys.insert(key) }
            categoryCounts[row.category, default: Array(repeating: 0, count: range.periods.count)][index] += 1
            if let product = row.product {
                productCounts[product, default: Array(repeating: 0, count: range.periods.count)][index] += 1
            }
        }
        if let at = row.acknowledgedAt, let index = range.index(of: at) {
            let hours = Double(at.seconds - row.receivedAt.seconds) / 3600
            update(index, key) { $0.hoursToAcknowledge.append(hours) }
        }
        if let at = row.firstRespondedAt, let index = range.index(of: at) {
            let days = Double(at.seconds - row.receivedAt.seconds) / 86_400
            update(index, key) { tally in
                tally.daysToRespond.append(days)
                if let due = row.dueResponseAt {
                    tally.respondedWithTarget += 1
                    if at <= due { tally.respondedWithinTarget += 1 }
                }
            }
        }
        if let at = row.lastRespondedAt, let upheld = row.upheld, let index = range.index(of: at) {
            update(index, key) { tally in
                tally.decided += 1
                if upheld.countsAsUpheld { tally.upheld += 1 }
            }
        }
        if let at = row.closedAt, let index = range.index(of: at) {
            let days = Double(at.seconds - row.receivedAt.seconds) / 86_400
            update(index, key) { $0.daysToClose.append(days) }
        }
        if row.reopened == 0 {
            if let at = row.closedAt, let index = range.index(of: at) { update(index, key) { $0.closed += 1 } }
            addOpenStretch(from: row.receivedAt, to: row.closedAt, of: row)
        }
    }

    /// Adds the closings, reopenings and open stretches of a reopened complaint from its moves,
    /// oldest first.
    mutating func addMoves(of row: LifecycleRow, _ moves: [(at: Timestamp, from: State?, to: State)]) {
        var openedAt: Timestamp? = row.receivedAt
        for move in moves {
            if move.to == .closed, let start = openedAt {
                if let index = range.index(of: move.at) { update(index, row.key) { $0.closed += 1 } }
                addOpenStretch(from: start, to: move.at, of: row)
                openedAt = nil
            } else if move.from == .closed {
                if let index = range.index(of: move.at) { update(index, row.key) { $0.reopened += 1 } }
                openedAt = move.at
            }
        }
        if let start = openedAt { addOpenStretch(from: start, to: nil, of: row) }
    }

    /// Counts an escalation at `at`.
    mutating func addEscalation(at: Timestamp, key: String?) {
        if let index = range.index(of: at) { update(index, key) { $0.escalated += 1 } }
    }

    /// Counts a rating at `at`, with its attribute scores.
    mutating func addRating(
        at: Timestamp, score: Int, nps: Int?, effort: Int?, attributes: [RatingAttribute], key: String?
    ) {
        guard let index = range.index(of: at) else { return }
        update(index, key) { tally in
            tally.scores.append(score)
            if let nps { tally.npsAnswers.append(nps) }
            if let effort { tally.efforts.append(effort) }
            for attribute in attributes { tally.attributes[attribute.name, default: []].append(attribute.score) }
        }
    }

    /// Marks a complaint open from `start` until `end` (`nil`: still open): it counts as open
    /// at the end of every period whose end lies after `start` and at or before `end`. Still
    /// open at the range's end, it joins the backlog by its age since receipt, measured at the
    /// range's end or now, whichever is earlier.
    private mutating func addOpenStretch(from start: Timestamp, to end: Timestamp?, of row: LifecycleRow) {
        guard start < range.end else { return }
        let first = start < range.start ? 0 : range.index(of: start)!
        let last: Int
        if let end, end < range.end {
            guard end >= range.start else { return }
            last = range.index(of: end)! - 1
        } else {
            last = range.periods.count - 1
            groups[row.key, default: PeriodTally()].openAtEnd += 1
            let age = (min(range.end, now).seconds - row.receivedAt.seconds) / 86_400
            backlogAges[age <= 7 ? 0 : age <= 14 ? 1 : age <= 30 ? 2 : 3] += 1
        }
        guard first <= last else { return }
        openDelta[first] += 1
        openDelta[last + 1] -= 1
    }

    private mutating func update(_ index: Int, _ key: String?, _ change: (inout PeriodTally) -> Void) {
        change(&tallies[index])
        if dimension != nil { change(&groups[key, default: PeriodTally()]) }
    }

    /// The finished report; attribute weights by name (default 1).
    func finish(weights: [String: Double]) -> Report {
        var tallies = self.tallies
        var open = 0
        for index in tallies.indices {
            open += openDelta[index]
            tallies[index].openAtEnd = open
        }
        var total = PeriodTally()
        for tally in tallies { total.absorb(tally) }
        total.openAtEnd = tallies.last?.openAtEnd ?? 0
        let periods = zip(range.periods, tallies).map { PeriodMetrics(period: $0.label, tally: $1, weights: weights) }
        let totals = PeriodMetrics(period: "total", tally: total, weights: weights)
        return Report(
            kind: range.kind, since: range.start, until: range.end, periods: periods, totals: totals,
            trend: Trend(periods.map { Double($0.received) }),
            closeTimeTrend: Trend(periods.compactMap(\.medianDaysToClose)),
            satisfactionTrend: Trend(periods.compactMap(\.csatPct)),
            categories: pareto(), recurring: recurringProblems(),
            backlog: zip(["0-7", "8-14", "15-30", ">30"], backlogAges).map { BacklogBucket(label: $0, count: $1) },
            groups: dimension == nil ? [] : groupMetrics(weights: weights), dimension: dimension)
    }

    private func pareto() -> [ParetoEntry] {
        let unsorted: [(category: String, count: Int)] = categoryCounts.map { ($0.key, $0.value.reduce(0, +)) }
        let counts = unsorted.sorted { first, second in
            first.count != second.count ? first.count > second.count : first.category < second.category
        }
        let total = Double(counts.reduce(0) { $0 + $1.count })
        var cumulative = 0
        return counts.map { entry in
            let before = Double(cumulative) / total * 100
            cumulative += entry.count
            return ParetoEntry(
                category: entry.category, count: entry.count,
                sharePct: Rounding.round(Double(entry.count) / total * 100, places: 1),
                cumulativePct: Rounding.round(Double(cumulative) / total * 100, places: 1), vitalFew: before < 80)
        }
    }

    /// Values whose last-period count is improbably high for a Poisson process with the mean
    /// of their earlier periods: p < 0.05, a count of at least 3, and a history of at least
    /// 3 periods counted from the register's first complaint in range, in which the value
    /// occurred (a value seen for the first time is new, not recurring).
    private func recurringProblems() -> [RecurringProblem] {
        guard let firstActive = tallies.firstIndex(where: { $0.received > 0 }) else { return [] }
        let byCategory: [(String, String, [Int])] = categoryCounts.map { ("category", $0.key, $0.value) }
        let byProduct: [(String, String, [Int])] = productCounts.map { ("product", $0.key, $0.value) }
        let candidates = byCategory + byProduct
        return candidates.compactMap { (field: String, value: String, counts: [Int]) -> RecurringProblem? in
            guard counts.count - firstActive >= 4, let count = counts.last, count >= 3 else { return nil }
            let history = counts[firstActive..<(counts.count - 1)]
            let expected = Double(history.reduce(0, +)) / Double(history.count)
            guard expected > 0 else { return nil }
            let p = PoissonTail.probability(ofAtLeast: count, mean: expected)
            guard p < 0.05 else { return nil }
            return RecurringProblem(
                field: field, value: value, count: count, expected: Rounding.round(expected, places: 2),
                pValue: Rounding.round(p, places: 4))
        }
        .sorted { first, second in
            first.pValue != second.pValue
                ? first.pValue < second.pValue : (first.field, first.value) < (second.field, second.value)
        }
    }

    private func groupMetrics(weights: [String: Double]) -> [GroupMetrics] {
        receivedKeys.sorted { first, second in
            guard let first else { return second != nil }
            guard let second else { return false }
            return first < second
        }.map { key in
            GroupMetrics(
                key: key, totals: PeriodMetrics(period: "total", tally: groups[key] ?? PeriodTally(), weights: weights))
        }
    }
}

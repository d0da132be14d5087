extension Register {
    /// The trend report the request asks for, read as one snapshot.
    ///
    /// One pass over the complaints that can touch the range (received before its end and not
    /// closed before its start; a table scan, since that is nearly every row and an index
    /// lookup per row costs ten times more), then the moves of reopened complaints, the escalations and the
    /// ratings in range, each placed in the period of its own time.
    public func report(_ request: ReportRequest) throws(CmpltError) -> Report {
        let key = request.dimension?.column ?? "NULL"
        return try read {
            let settings = try storedSettings()
            let range = try ReportRange(
                kind: request.kind, since: request.since, until: request.until, now: request.now, zone: request.zone,
                calendar: PeriodCalendar(settings))
            var builder = ReportBuilder(range: range, dimension: request.dimension, now: request.now)
            let bounds: [SQLValue] = [.integer(range.end.seconds), .integer(range.start.seconds)]
            let complaints = try database.prepare(
                """
                SELECT c.id, c.received_at, c.acknowledged_at, c.first_responded_at, c.last_responded_at, c.closed_at,
                       c.due_response_at, c.upheld, c.reopened, c.category, c.product, \(key)
                FROM complaint AS c NOT INDEXED
                WHERE c.received_at < ? AND (c.closed_at IS NULL OR c.closed_at >= ? OR c.reopened > 0)
                """)
            try complaints.bind(bounds)
            var reopened: [LifecycleRow] = []
            while try complaints.step() {
                func time(_ index: Int32) -> Timestamp? { complaints.integer(index).map(Timestamp.init(seconds:)) }
                let row = LifecycleRow(
                    id: complaints.integer(0)!, receivedAt: time(1)!, acknowledgedAt: time(2),
                    firstRespondedAt: time(3),
                    lastRespondedAt: time(4), closedAt: time(5), dueResponseAt: time(6),
                    upheld: complaints.text(7).flatMap(Upheld.init(rawValue:)),
                    reopened: Int(complaints.integer(8) ?? 0),
                    category: complaints.text(9) ?? "", product: complaints.text(10), key: complaints.text(11))
                builder.add(row)
                if row.reopened > 0 { reopened.append(row) }
            }
            let moves = try database.prepare(
                "SELECT at, from_state, to_state FROM event WHERE complaint_id = ? AND to_state IS NOT NULL ORDER BY at, id"
            )
            for row in reopened {
                try moves.bind([.integer(row.id)])
                var list: [(at: Timestamp, from: State?, to: State)] = []
                while try moves.step() {
                    guard let to = moves.text(2).flatMap(State.init(rawValue:)) else { continue }
                    list.append(
                        (Timestamp(seconds: moves.integer(0) ?? 0), moves.text(1).flatMap(State.init(rawValue:)), to))
                }
                builder.addMoves(of: row, list)
            }
            let inRange: [SQLValue] = [.integer(range.start.seconds), .integer(range.end.seconds)]
            let escalations = try database.prepare(
                """
                SELECT e.at, \(key) FROM event AS e JOIN complaint AS c ON c.id = e.complaint_id
                WHERE e.to_state = 'escalated' AND e.at >= ? AND e.at < ?
                """)
            try escalations.bind(inRange)
            while try escalations.step() {
                builder.addEscalation(at: Timestamp(seconds: escalations.integer(0) ?? 0), key: escalations.text(1))
            }
            let ratings = try database.prepare(
                """
                SELECT r.at, r.score, r.nps, r.effort, \(key),
                       (SELECT group_concat(a.name || '=' || a.score, ';') FROM rating_attribute AS a WHERE a.rating_id = r.id)
                FROM rating AS r JOIN complaint AS c ON c.id = r.complaint_id
                WHERE r.at >= ? AND r.at < ?
                """)
            try ratings.bind(inRange)
            while try ratings.step() {
                let attributes = (ratings.text(5) ?? "").split(separator: ";").compactMap {
                    try? RatingAttribute(parsing: String($0))
                }
                builder.addRating(
                    at: Timestamp(seconds: ratings.integer(0) ?? 0), score: Int(ratings.integer(1) ?? 0),
                    nps: ratings.integer(2).map(Int.init), effort: ratings.integer(3).map(Int.init),
                    attributes: attributes, key: ratings.text(4))
            }
            return builder.finish(weights: settings.weights)
        }
    }
}

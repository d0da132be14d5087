extension Register {
    /// The trend report the request asks for, read as one snapshot.
    ///
    /// One pass over the complaints that can touch the range (received before its end and not
    /// closed before its start), read from the covering index `complaint_lifecycle` rather than
    /// the rows, then the moves of reopened complaints, the escalations and the ratings in range,
    /// each placed in the period of its own time.
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
                FROM complaint AS c
                WHERE c.received_at < ? AND (c.closed_at IS NULL OR c.closed_at >= ? OR c.reopened > 0)
                """)
            try complaints.bind(bounds)
            var reopened: [LifecycleRow] = []
            // Categories, products and --by values repeat across the rows: each is decoded once.
            var categories: [String] = []
            var products: [String] = []
            var keys: [String] = []
            while try complaints.step() {
                func time(_ index: Int32) -> Timestamp? { complaints.integer(index).map(Timestamp.init(seconds:)) }
                let row = LifecycleRow(
                    id: complaints.integer(0)!, receivedAt: time(1)!, acknowledgedAt: time(2),
                    firstRespondedAt: time(3),
                    lastRespondedAt: time(4), closedAt: time(5), dueResponseAt: time(6),
                    upheld: complaints.text(7).flatMap(Upheld.init(rawValue:)),
                    reopened: Int(complaints.integer(8) ?? 0),
                    category: complaints.text(9, reusing: &categories) ?? "",
                    product: complaints.text(10, reusing: &products), key: complaints.text(11, reusing: &keys))
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
            // Without --by no complaint column is needed: joining the complaint of each escalation
            // and rating would read a million-row table at random for nothing.
            func keyJoin(_ alias: String) -> String {
                request.dimension == nil ? "" : "JOIN complaint AS c ON c.id = \(alias).complaint_id"
            }
            let escalations = try database.prepare(
                """
                SELECT e.at, \(key) FROM event AS e \(keyJoin("e"))
                WHERE e.to_state = 'escalated' AND e.at >= ? AND e.at < ?
                """)
            try escalations.bind(inRange)
            while try escalations.step() {
                builder.addEscalation(at: Timestamp(seconds: escalations.integer(0) ?? 0), key: escalations.text(1))
            }
            // One row per attribute (or one with none), a rating's rows together: joining is
            // several times faster than concatenating each rating's attributes into text.
            let ratings = try database.prepare(
                """
                SELECT r.id, r.at, r.score, r.nps, r.effort, \(key), a.name, a.score
                FROM rating AS r \(keyJoin("r")) LEFT JOIN rating_attribute AS a ON a.rating_id = r.id
                WHERE r.at >= ? AND r.at < ?
                ORDER BY r.at, r.id
                """)
            try ratings.bind(inRange)
            var pending:
                (
                    id: Int64, at: Timestamp, score: Int, nps: Int?, effort: Int?, key: String?,
                    attributes: [RatingAttribute]
                )?
            func addPending() {
                guard let rating = pending else { return }
                builder.addRating(
                    at: rating.at, score: rating.score, nps: rating.nps, effort: rating.effort,
                    attributes: rating.attributes, key: rating.key)
            }
            while try ratings.step() {
                let id = ratings.integer(0) ?? 0
                if pending?.id != id {
                    addPending()
                    pending = (
                        id, Timestamp(seconds: ratings.integer(1) ?? 0), Int(ratings.integer(2) ?? 0),
                        ratings.integer(3).map(Int.init), ratings.integer(4).map(Int.init), ratings.text(5), []
                    )
                }
                if let name = ratings.text(6), let score = ratings.integer(7) {
                    pending?.attributes.append(RatingAttribute(name: name, score: Int(score)))
                }
            }
            addPending()
            return builder.finish(weights: settings.weights)
        }
    }
}

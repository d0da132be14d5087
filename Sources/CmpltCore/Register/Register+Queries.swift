extension Register {
    /// The complaint with `id`.
    ///
    /// - Throws: ``CmpltError/notFound(_:)`` when there is none.
    public func complaint(_ id: Int64) throws(CmpltError) -> Complaint {
        try read { try loadComplaint(id) }
    }

    /// The complaint with `id`, its whole history and its ratings, read as one snapshot.
    public func history(of id: Int64) throws(CmpltError) -> ComplaintHistory {
        try read {
            let complaint = try loadComplaint(id)
            let statement = try database.prepare(
                "SELECT \(EventColumns.select) FROM event WHERE complaint_id = ? ORDER BY at, id")
            try statement.bind([.integer(id)])
            var events: [Event] = []
            while try statement.step() { events.append(EventColumns.decode(statement)) }
            return ComplaintHistory(complaint: complaint, events: events, ratings: try loadRatings(of: id))
        }
    }

    /// Calls `visit` with every complaint that matches `filter`, in `order`, at most `limit`.
    ///
    /// Complaints stream from the database one at a time, so memory stays flat however many match.
    /// With `details` false, each complaint lacks the fields only its full record shows: ref,
    /// product, complainant, contact, desired outcome, assignee, tags, resolution, upheld, outcome
    /// and root cause (for a table of the rest).
    public func forEachComplaint(
        matching filter: ComplaintFilter, order: ComplaintOrder = ComplaintOrder(), limit: Int? = nil,
        now: Timestamp, details: Bool = true, _ visit: (Complaint) throws -> Void
    ) throws(CmpltError) {
        try read {
            let (condition, values) = filter.sqlCondition(now: now)
            var sql =
                "SELECT \(ComplaintColumns.select) FROM \(filter.sqlSource) WHERE \(condition) ORDER BY \(order.sqlOrdering)"
            if let limit { sql += " LIMIT \(max(0, limit))" }
            let statement = try database.prepare(sql)
            try statement.bind(values)
            defer { statement.reset() }
            while try statement.step() { try visit(ComplaintColumns.decode(statement, details: details)) }
        }
    }

    /// Calls `visit` with every event of the complaints that match `filter`, by complaint id
    /// and then in history order, streaming like ``forEachComplaint(matching:order:limit:now:details:_:)``.
    public func forEachEvent(
        ofComplaintsMatching filter: ComplaintFilter, now: Timestamp, _ visit: (Event) throws -> Void
    ) throws(CmpltError) {
        try read {
            let (condition, values) = filter.sqlCondition(now: now)
            let columns = EventColumns.select(as: "e")
            let statement = try database.prepare(
                """
                SELECT \(columns) FROM \(filter.sqlSource) JOIN event AS e ON e.complaint_id = c.id
                WHERE \(condition) ORDER BY c.id, e.at, e.id
                """)
            try statement.bind(values)
            defer { statement.reset() }
            while try statement.step() { try visit(EventColumns.decode(statement)) }
        }
    }

    /// The complaint with `id` inside a running transaction.
    func loadComplaint(_ id: Int64) throws -> Complaint {
        let statement = try database.prepare("SELECT \(ComplaintColumns.select) FROM complaint AS c WHERE c.id = ?")
        try statement.bind([.integer(id)])
        defer { statement.reset() }
        guard try statement.step() else { throw CmpltError.notFound("no complaint #\(id) in \(path)") }
        return ComplaintColumns.decode(statement)
    }
}

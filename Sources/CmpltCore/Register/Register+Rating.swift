extension Register {
    /// Records a satisfaction response for complaint `id` and returns the rating's id.
    ///
    /// - Throws: ``CmpltError/invalidInput(_:)`` for a value out of range or an attribute named
    ///   twice, ``CmpltError/notFound(_:)``.
    @discardableResult
    public func rate(_ rating: Rating) throws(CmpltError) -> Int64 {
        try Self.check(rating)
        let comment = try Register.validatedNote(rating.comment, what: "comment")
        return try write {
            let complaint = try loadComplaint(rating.complaintID)
            guard rating.at >= complaint.receivedAt else {
                throw CmpltError.refused(
                    "a rating at \(rating.at.rfc3339) would precede complaint #\(complaint.id)'s receipt at \(complaint.receivedAt.rfc3339)"
                )
            }
            try database.prepare(
                "INSERT INTO rating (complaint_id, at, actor, score, nps, effort, comment) VALUES (?, ?, ?, ?, ?, ?, ?)"
            ).run([
                .integer(rating.complaintID), .integer(rating.at.seconds), .text(rating.actor),
                .integer(Int64(rating.score)), .integer(rating.nps.map(Int64.init)),
                .integer(rating.effort.map(Int64.init)),
                .text(comment),
            ])
            let id = database.lastInsertedRowID
            let insert = try database.prepare("INSERT INTO rating_attribute (rating_id, name, score) VALUES (?, ?, ?)")
            for attribute in rating.attributes {
                try insert.run([.integer(id), .text(attribute.name), .integer(Int64(attribute.score))])
            }
            return id
        }
    }

    /// The ratings of complaint `id` inside a running transaction.
    func loadRatings(of id: Int64) throws -> [Rating] {
        let statement = try database.prepare(
            "SELECT id, at, actor, score, nps, effort, comment FROM rating WHERE complaint_id = ? ORDER BY at, id")
        let attributes = try database.prepare(
            "SELECT name, score FROM rating_attribute WHERE rating_id = ? ORDER BY name")
        try statement.bind([.integer(id)])
        var ratings: [Rating] = []
        while try statement.step() {
            ratings.append(
                Rating(
                    id: statement.integer(0) ?? 0, complaintID: id, at: Timestamp(seconds: statement.integer(1) ?? 0),
                    actor: statement.text(2) ?? "", score: Int(statement.integer(3) ?? 0),
                    nps: statement.integer(4).map(Int.init), effort: statement.integer(5).map(Int.init),
                    comment: statement.text(6)))
        }
        for index in ratings.indices {
            try attributes.bind([.integer(ratings[index].id)])
            while try attributes.step() {
                ratings[index].attributes.append(
                    RatingAttribute(name: attributes.text(0) ?? "", score: Int(attributes.integer(1) ?? 0)))
            }
        }
        return ratings
    }

    private static func check(_ rating: Rating) throws(CmpltError) {
        guard Rating.scoreRange.contains(rating.score) else {
            throw .invalidInput("score \(rating.score) is out of range; expected 1 to 5")
        }
        if let nps = rating.nps, !Rating.npsRange.contains(nps) {
            throw .invalidInput("nps \(nps) is out of range; expected 0 to 10")
        }
        if let effort = rating.effort, !Rating.effortRange.contains(effort) {
            throw .invalidInput("effort \(effort) is out of range; expected 1 to 7")
        }
        let names = rating.attributes.map(\.name)
        if let repeated = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
            throw .invalidInput("attribute '\(repeated)' is rated more than once")
        }
    }
}

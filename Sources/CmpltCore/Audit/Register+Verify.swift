extension Register {
    /// How many violations `verify` lists; the rest are counted.
    public static let maximumReportedViolations = 100

    /// The newest link of the event chain, for publishing.
    public func chainHeadNow() throws(CmpltError) -> ChainHead {
        try read {
            let head = try storedChainHead()
            return ChainHead(event: head.id, hash: head.hash)
        }
    }

    /// Checks the register: SQLite's integrity and foreign keys, the hash chain over every
    /// event (naming the first event where it breaks), the salted digests of erasable values,
    /// and every complaint against its replayed history. Reads one consistent snapshot.
    public func verify() throws(CmpltError) -> Verification {
        try read {
            var result = Verification()
            let integrity = try database.prepare("PRAGMA integrity_check")
            try integrity.bind([])
            while try integrity.step() {
                if let line = integrity.text(0), line != "ok" {
                    result.report(Violation(message: "integrity: \(line)"))
                }
            }
            let foreignKeys = try database.prepare("PRAGMA foreign_key_check")
            try foreignKeys.bind([])
            while try foreignKeys.step() {
                result.report(
                    Violation(
                        message:
                            "a row of \(foreignKeys.text(0) ?? "?") points to a missing \(foreignKeys.text(2) ?? "?")"))
            }
            try verifyChain(into: &result)
            try verifyComplaints(into: &result)
            return result
        }
    }

    /// Walks every event in id order, recomputing each hash from the previous one.
    private func verifyChain(into result: inout Verification) throws {
        let events = try database.prepare(
            "SELECT \(EventColumns.select(as: "e")), s.salt "
                + "FROM event AS e LEFT JOIN event_salt AS s ON s.event_id = e.id ORDER BY e.id")
        try events.bind([])
        var previous = (id: Int64(0), hash: EventChain.genesis)
        var chainBroken = false
        while try events.step() {
            let event = EventColumns.decode(events)
            result.events += 1
            if event.id != previous.id + 1 {
                result.report(Violation(event: event.id, message: "follows event #\(previous.id): events are missing"))
            }
            if !chainBroken, EventChain.hash(of: event, after: previous.hash) != event.hash {
                chainBroken = true
                result.report(
                    Violation(
                        complaint: event.complaintID, event: event.id,
                        message: "the hash chain breaks here: this event, or the chain before it, was changed"))
            }
            if event.field?.isErasable == true {
                let salt = events.text(14)
                for (value, digest) in [(event.old, event.oldDigest), (event.new, event.newDigest)] where value != nil {
                    guard let salt, EventChain.digest(of: value, salt: salt) == digest else {
                        result.report(
                            Violation(
                                complaint: event.complaintID, event: event.id,
                                message: "a value no longer matches its digest"))
                        break
                    }
                }
            }
            previous = (event.id, event.hash)
        }
        result.head = ChainHead(event: previous.id, hash: previous.hash)
    }

    /// Replays each complaint's events (in append order) against its row.
    private func verifyComplaints(into result: inout Verification) throws {
        let complaints = try database.prepare("SELECT \(ComplaintColumns.select) FROM complaint AS c ORDER BY c.id")
        let events = try database.prepare("SELECT \(EventColumns.select) FROM event ORDER BY complaint_id, id")
        try complaints.bind([])
        try events.bind([])
        var pending: Event? = try events.step() ? EventColumns.decode(events) : nil
        while try complaints.step() {
            let complaint = ComplaintColumns.decode(complaints)
            result.complaints += 1
            var replay = ComplaintReplay()
            while let event = pending, event.complaintID <= complaint.id {
                if event.complaintID == complaint.id { replay.apply(event) }
                pending = try events.step() ? EventColumns.decode(events) : nil
            }
            for message in replay.violations(of: complaint) {
                result.report(Violation(complaint: complaint.id, message: message))
            }
        }
    }
}

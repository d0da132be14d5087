extension Register {
    /// How many bad rows an import reports in detail; the rest are counted.
    public static let maximumReportedProblems = 20

    /// The page cache an import uses, in KiB: it bounds the import's memory, whatever the file's size.
    static let importCacheKiB = 8 * 1024

    /// Records every complaint `nextRecord` yields, with the history its lifecycle columns
    /// describe, all in one transaction: if any row is bad, nothing is written and the summary
    /// lists the problems. With ``ImportOptions/dryRun`` nothing is written either way.
    ///
    /// - Parameters:
    ///   - nextRecord: the next row, `nil` at the end; a malformed file throws from it.
    ///   - progress: called every 1,000 rows with the count so far.
    /// - Throws: ``CmpltError/badData(_:)`` when the file itself cannot be read.
    public func importComplaints(
        options: ImportOptions, actor: String, now: Timestamp, progress: (Int) -> Void = { _ in },
        _ nextRecord: () throws -> ImportRecord?
    ) throws(CmpltError) -> ImportSummary {
        var summary = ImportSummary()
        do {
            // A bulk write touches index pages across the file: a page cache larger than the default
            // 2 MiB keeps them from being spilled and read back. 8 MiB was as fast as 32 MiB at 100k
            // rows, at 17 MB peak instead of 44 (docs/benchmarks.md).
            try database.execute("PRAGMA cache_size = -\(Self.importCacheKiB)")
            defer { try? database.execute("PRAGMA cache_size = -2000") }
            try database.interruptible {
                try database.transaction(.immediate) {
                    chainHead = nil
                    let dueDates = DueDateRule(try storedSettings())
                    // Ids above this one were assigned by this import: a ref found there repeats a row of the file.
                    let lastExistingID = try database.integer("SELECT max(id) FROM complaint") ?? 0
                    while let record = try nextRecord() {
                        if database.wasInterrupted {
                            throw CmpltError.interrupted("interrupted after \(summary.rows) rows; nothing was imported")
                        }
                        summary.rows += 1
                        if summary.rows % 1000 == 0 { progress(summary.rows) }
                        do {
                            var imported = try ImportedComplaint(record, now: now, ignoreUnknown: options.ignoreUnknown)
                            if let ref = imported.complaint.ref,
                                let owner = try database.integer("SELECT id FROM complaint WHERE ref = ?", [.text(ref)])
                            {
                                guard owner <= lastExistingID else {
                                    throw ImportProblem(
                                        line: record.line, column: "ref",
                                        message: "'\(ref)' repeats an earlier row of this file")
                                }
                                guard options.skipExisting else {
                                    throw ImportProblem(
                                        line: record.line, column: "ref",
                                        message: "'\(ref)' is already complaint #\(owner) (or --skip-existing)")
                                }
                                summary.skipped += 1
                                continue
                            }
                            // The history is walked in memory first, so the row is written once, as it ends.
                            let history = try imported.complaint.walk(
                                through: imported.steps, decisions: imported.decisions, note: nil, actor: actor)
                            _ = try insert(imported.complaint, dueDatesFrom: dueDates, actor: actor, history: history)
                            summary.imported += 1
                        } catch let problem as ImportProblem {
                            summary.badRows += 1
                            if summary.problems.count < Self.maximumReportedProblems {
                                summary.problems.append(problem)
                            }
                        }
                    }
                    if summary.badRows > 0 || options.dryRun { throw ImportRollback() }
                }
            }
        } catch is ImportRollback {
            if summary.badRows == 0 { return summary }
            summary.imported = 0
            return summary
        } catch {
            throw Register.translate(error, path: path)
        }
        return summary
    }
}

/// Thrown inside the import transaction to roll it back after a dry run or bad rows.
private struct ImportRollback: Error {}

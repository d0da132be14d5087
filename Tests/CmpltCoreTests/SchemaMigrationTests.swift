import Foundation
import Testing

@testable import CmpltCore

/// Registers written by an earlier schema, opened by this build.
@Suite struct SchemaMigrationTests {
    /// A version-1 register holding the rows of `source`: the same columns, under version 1's DDL.
    private func versionOneCopy(of source: TemporaryRegister) throws -> String {
        let path = source.folder.appendingPathComponent("v1.db").path
        let database = try Database(path: path, create: true)
        try database.execute(Schema.migrations[0])
        try database.execute("PRAGMA application_id = \(Schema.applicationID); PRAGMA user_version = 1")
        try database.execute("ATTACH '\(source.path)' AS source")
        for table in ["complaint", "complaint_tag", "event", "event_salt", "rating", "rating_attribute", "setting"] {
            try database.execute("INSERT INTO main.\(table) SELECT * FROM source.\(table)")
        }
        try database.execute("DETACH source")
        return path
    }

    private func historyRegister() throws -> TemporaryRegister {
        let temporary = try TemporaryRegister()
        let id = try temporary.log(severity: .high, tags: ["late"])
        try temporary.log("Rude reply", category: "service")
        try temporary.move(id, to: .responded, hours: 2) {
            $0.resolution = "Refunded"
            $0.upheld = .yes
        }
        try temporary.move(id, to: .escalated, hours: 3)
        _ = try temporary.register.rate(
            Rating(complaintID: id, at: day0.adding(seconds: 5 * 3600), actor: "tester", score: 4, nps: 9))
        return temporary
    }

    @Test func aVersionOneRegisterIsMigratedKeepingEveryRowAndTheChain() throws {
        let temporary = try historyRegister()
        let before = try temporary.register.verify()
        let path = try versionOneCopy(of: temporary)

        let migrated = try Register.open(path: path, creating: false).verify()
        #expect(migrated == before)
        #expect(migrated.violations.isEmpty)
        let database = try Database(path: path, create: false)
        #expect(try database.integer("PRAGMA user_version") == 2)
        #expect(try database.integer("SELECT count(*) FROM event WHERE to_state = 'escalated'") == 1)
        #expect(try database.integer("SELECT count(*) FROM rating") == 1)
        #expect(try database.integer("SELECT count(*) FROM complaint_tag") == 1)
    }

    @Test func versionTwoChecksTheSameVocabulariesWithoutInLists() throws {
        let temporary = try historyRegister()
        let database = try Database(path: temporary.path, create: false)
        for table in ["complaint", "event"] {
            let sql = try database.text("SELECT sql FROM sqlite_schema WHERE name = '\(table)'") ?? ""
            #expect(!sql.contains(" IN ("), "\(table): \(sql)")
        }
        #expect(throws: SQLiteError.self) { try database.execute("UPDATE complaint SET severity = 'urgent'") }
        #expect(throws: SQLiteError.self) { try database.execute("UPDATE complaint SET outcome = 'maybe'") }
        #expect(throws: SQLiteError.self) { try database.execute("DELETE FROM event") }
        #expect(throws: SQLiteError.self) { try database.execute("UPDATE event SET actor = 'mallory'") }
        #expect(throws: SQLiteError.self) {
            try database.execute(
                "INSERT INTO event (complaint_id, at, actor, kind, hash) VALUES (1, 0, 'x', 'rewrite', '\(String(repeating: "0", count: 64))')"
            )
        }
        let indexes = try database.text(
            "SELECT group_concat(name) FROM sqlite_schema WHERE tbl_name = 'event' AND type = 'index'")
        #expect(indexes == "event_by_complaint,event_escalations")
        let complaintIndexes = try database.text(
            "SELECT group_concat(name) FROM sqlite_schema WHERE tbl_name = 'complaint' AND type = 'index' AND sql IS NOT NULL"
        )
        #expect(complaintIndexes == "complaint_lifecycle,complaint_by_category,complaint_open,complaint_reopened")
    }

    @Test func theReportReadsTheLifecycleIndexNotTheRows() throws {
        let temporary = try historyRegister()
        let database = try Database(path: temporary.path, create: false)
        let plan = try database.prepare(
            """
            EXPLAIN QUERY PLAN
            SELECT c.id, c.received_at, c.acknowledged_at, c.first_responded_at, c.last_responded_at, c.closed_at,
                   c.due_response_at, c.upheld, c.reopened, c.category, c.product, c.channel
            FROM complaint AS c
            WHERE c.received_at < ? AND (c.closed_at IS NULL OR c.closed_at >= ? OR c.reopened > 0)
            """)
        try plan.bind([.integer(9), .integer(0)])
        var details: [String] = []
        while try plan.step() { details.append(plan.text(3) ?? "") }
        #expect(details.contains { $0.contains("COVERING INDEX complaint_lifecycle") }, "\(details)")
    }

    @Test func theEscalationQueryUsesThePartialIndex() throws {
        let temporary = try historyRegister()
        let database = try Database(path: temporary.path, create: false)
        let plan = try database.prepare(
            "EXPLAIN QUERY PLAN SELECT at FROM event WHERE to_state = 'escalated' AND at >= ? AND at < ?")
        try plan.bind([.integer(0), .integer(9)])
        var details: [String] = []
        while try plan.step() { details.append(plan.text(3) ?? "") }
        #expect(details.contains { $0.contains("event_escalations") }, "\(details)")
    }
}

import CmpltCore
import Foundation
import Testing

@Suite struct SchemaTests {
    @Test func aNewRegisterIsMarkedWithTheApplicationIDAndCurrentVersion() throws {
        let temporary = try TemporaryRegister()
        let database = try Database(path: temporary.path, create: false)
        #expect(try database.integer("PRAGMA application_id") == 0x636D_706C)
        #expect(try database.integer("PRAGMA user_version") == 2)
        #expect(try database.text("PRAGMA journal_mode") == "wal")
    }

    @Test func eventsAreAppendOnly() throws {
        let temporary = try TemporaryRegister()
        try temporary.log()
        let database = try Database(path: temporary.path, create: false)
        #expect(throws: SQLiteError.self) { try database.execute("UPDATE event SET actor = 'mallory'") }
        #expect(throws: SQLiteError.self) { try database.execute("DELETE FROM event") }
    }

    @Test func closedVocabulariesAreCheckedByTheDatabase() throws {
        let temporary = try TemporaryRegister()
        try temporary.log()
        let database = try Database(path: temporary.path, create: false)
        #expect(throws: SQLiteError.self) { try database.execute("UPDATE complaint SET severity = 'urgent'") }
        #expect(throws: SQLiteError.self) { try database.execute("UPDATE complaint SET state = 'closed'") }
    }

    @Test func aRegisterFromANewerSchemaIsRefused() throws {
        let temporary = try TemporaryRegister()
        try Database(path: temporary.path, create: false).execute("PRAGMA user_version = 99")
        #expect(throws: CmpltError.self) { try Register.open(path: temporary.path, creating: false) }
        do {
            _ = try Register.open(path: temporary.path, creating: false)
        } catch {
            #expect(error.message.contains("newer cmplt"))
        }
    }

    @Test func anOlderRegisterIsMigratedForward() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cmplt-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.db").path
        // A version-0 register: marked as cmplt's but without tables yet.
        try Database(path: path, create: true).execute("PRAGMA application_id = \(0x636D_706C)")
        let register = try Register.open(path: path, creating: false)
        #expect(try register.settings() == Settings())
        #expect(try Database(path: path, create: false).integer("PRAGMA user_version") == 2)
    }

    @Test func anotherSQLiteDatabaseIsNotARegister() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cmplt-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("other.db").path
        try Database(path: path, create: true).execute("CREATE TABLE t (x)")
        #expect(throws: CmpltError.failure("\(path) is an SQLite database but not a cmplt register")) {
            try Register.open(path: path, creating: true)
        }
    }

    @Test func openingAMissingRegisterForReadingCreatesNothing() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cmplt-missing-\(UUID().uuidString)/r.db"
        ).path
        #expect(throws: CmpltError.self) { try Register.open(path: path, creating: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

import CSQLite
import Glibc

/// A complaints register: one SQLite file holding complaints, their event history and settings.
///
///     let register = try Register.open(path: "/tmp/r.db", creating: true)
///     let id = try register.log(NewComplaint(description: "Late delivery", channel: "web",
///                                            category: "delivery", receivedAt: .now()),
///                               actor: "ana", now: .now())
public final class Register {
    /// The register file.
    public let path: String
    let database: Database
    /// The newest event's id and hash while a write transaction appends to the chain; reset
    /// when a write transaction begins.
    var chainHead: (id: Int64, hash: String)?

    private init(path: String, database: Database) {
        self.path = path
        self.database = database
    }

    /// Opens the register at `path`, migrating an older schema forward.
    ///
    /// - Parameter creating: create the file (mode 0600, folders 0700) when it is missing;
    ///   otherwise a missing file is ``CmpltError/notFound(_:)``.
    public static func open(path: String, creating: Bool) throws(CmpltError) -> Register {
        var isNew = false
        if !FileSystem.exists(path) {
            guard creating else {
                throw .notFound("no register at \(path); 'cmplt log' creates one, or give --db PATH")
            }
            // Another process may create it at the same moment: then this one just opens it.
            isNew = try FileSystem.createPrivateFile(at: path)
        }
        do {
            // A register this process may not write is opened read-only and immutable, so reading
            // it leaves no -wal or -shm file behind (and works in a read-only folder).
            let database = try Database(path: path, create: false, readOnly: !FileSystem.isWritable(path))
            let register = Register(path: path, database: database)
            try register.prepareSchema(allowInitializing: creating)
            return register
        } catch {
            if isNew { FileSystem.removeRegisterFiles(at: path) }
            throw Register.translate(error, path: path)
        }
    }

    /// An empty register in memory, gone when released: for checking input (such as an
    /// import's dry run) where no register file exists yet.
    public static func inMemory() throws(CmpltError) -> Register {
        do {
            let register = Register(path: ":memory:", database: try Database(path: ":memory:", create: true))
            try register.prepareSchema(allowInitializing: true)
            return register
        } catch {
            throw Register.translate(error, path: ":memory:")
        }
    }

    /// Runs `body` in a write transaction: all of it is stored, or nothing.
    func write<T>(_ body: () throws -> T) throws(CmpltError) -> T {
        do {
            return try database.transaction(.immediate) {
                chainHead = nil
                return try body()
            }
        } catch {
            throw Register.translate(error, path: path)
        }
    }

    /// Runs `body` in one read transaction, so everything it reads is one consistent snapshot.
    func read<T>(_ body: () throws -> T) throws(CmpltError) -> T {
        do {
            return try database.transaction(.deferred, body)
        } catch {
            throw Register.translate(error, path: path)
        }
    }

    private func prepareSchema(allowInitializing: Bool) throws {
        try database.execute("PRAGMA secure_delete = ON")
        // Migrations may rebuild tables, which SQLite allows only with foreign keys off; they are
        // checked before the migration commits, and on for everything after.
        try migrateIfNeeded(allowInitializing: allowInitializing)
        try database.execute("PRAGMA foreign_keys = ON")
    }

    private func migrateIfNeeded(allowInitializing: Bool) throws {
        // One snapshot, so a register another process is creating is seen before or after, never half made.
        let (applicationID, version, objects) = try database.transaction(.deferred) {
            (
                try database.integer("PRAGMA application_id") ?? 0, try database.integer("PRAGMA user_version") ?? 0,
                try database.integer("SELECT count(*) FROM sqlite_schema") ?? 0
            )
        }
        try checkIdentity(applicationID: applicationID, version: version, objects: objects)
        guard applicationID == 0 || version < Schema.currentVersion else { return }
        // An older register this process cannot write is read as it is, when this build can read it.
        if applicationID != 0, database.isReadOnly, version >= Schema.oldestReadableVersion { return }
        guard allowInitializing || applicationID != 0 else {
            throw CmpltError.failure("\(path) is empty, not a cmplt register")
        }
        if applicationID == 0 { try enableWriteAheadLog() }
        try database.transaction(.immediate) {
            // Another process may have created or migrated the register while this one waited for the lock.
            let applicationID = try database.integer("PRAGMA application_id") ?? 0
            let start = try database.integer("PRAGMA user_version") ?? 0
            try checkIdentity(
                applicationID: applicationID, version: start,
                objects: try database.integer("SELECT count(*) FROM sqlite_schema") ?? 0)
            guard applicationID == 0 || start < Schema.currentVersion else { return }
            for migration in Schema.migrations.dropFirst(Int(start)) {
                try database.execute(migration)
            }
            if try database.integer("SELECT count(*) FROM pragma_foreign_key_check") != 0 {
                throw CmpltError.failure(
                    "\(path): migrating the schema broke a reference between tables; nothing was changed")
            }
            try database.execute("PRAGMA application_id = \(Schema.applicationID)")
            try database.execute("PRAGMA user_version = \(Schema.currentVersion)")
        }
    }

    /// Switches a new register to WAL. Changing the journal mode takes the file's lock without
    /// waiting on the busy handler, so while another process sets up the same new register this
    /// retries for a bounded time (10 s) instead of failing with "database is locked".
    private func enableWriteAheadLog() throws {
        for attempt in 0... {
            do {
                try database.execute("PRAGMA journal_mode = WAL")
                return
            } catch let error as SQLiteError
                where (error.code == SQLITE_BUSY || error.code == SQLITE_LOCKED) && attempt < 500
            {
                usleep(20_000)
            }
        }
    }

    /// Refuses a file that is another program's database or a newer cmplt's register.
    private func checkIdentity(applicationID: Int64, version: Int64, objects: Int64) throws {
        guard applicationID == Schema.applicationID || (applicationID == 0 && objects == 0) else {
            throw CmpltError.failure("\(path) is an SQLite database but not a cmplt register")
        }
        guard version <= Schema.currentVersion else {
            throw CmpltError.failure(
                "\(path) was written by a newer cmplt (schema \(version); this one reads up to \(Schema.currentVersion)); upgrade cmplt"
            )
        }
    }

    /// Turns a storage failure into a message that names the register.
    static func translate(_ error: any Error, path: String) -> CmpltError {
        if let error = error as? CmpltError { return error }
        guard let error = error as? SQLiteError else { return .failure("\(path): \(error)") }
        switch error.code {
        case SQLITE_NOTADB:
            return .failure("\(path) is not a cmplt register (not an SQLite database)")
        case SQLITE_INTERRUPT:
            return .interrupted("interrupted; nothing was written to \(path)")
        case SQLITE_BUSY, SQLITE_LOCKED:
            return .failure("the register \(path) stayed locked by another process; try again")
        case SQLITE_READONLY:
            return .failure("the register \(path) is read-only; check its permissions")
        case SQLITE_FULL:
            return .failure("the disk holding \(path) is full; nothing was written")
        case SQLITE_CANTOPEN:
            return .failure("cannot open the register \(path); check that it is a file you may read and write")
        case SQLITE_CORRUPT:
            return .failure("the register \(path) is damaged (\(error.message)); restore it from a backup")
        default:
            return .failure("the register \(path) failed: \(error.message)")
        }
    }
}

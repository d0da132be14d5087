import CSQLite

/// One connection to an SQLite file, with cached prepared statements and closure-based
/// transactions.
///
///     let database = try Database(path: "/tmp/r.db", create: true)
///     try database.transaction(.immediate) {
///         try database.prepare("INSERT INTO setting VALUES (?, ?)").run([.text("k"), .text("v")])
///     }
public final class Database {
    /// How a transaction takes its locks.
    public enum TransactionKind: String, Sendable {
        /// Takes the write lock at once: a writer waits its turn at `BEGIN`, never mid-way.
        case immediate = "IMMEDIATE"
        /// Takes locks as statements need them: for reads.
        case deferred = "DEFERRED"
    }

    let handle: OpaquePointer
    private var statements: [String: Statement] = [:]

    /// Opens the file at `path`; creates it only when `create` is true.
    ///
    /// - Parameter busyTimeoutMilliseconds: how long a statement waits for another
    ///   connection's lock before failing with `SQLITE_BUSY`.
    /// - Parameter readOnly: open the file read-only and immutable (no journal files are read or
    ///   made): for a file this process may not write, which nobody is writing either.
    public init(path: String, create: Bool, readOnly: Bool = false, busyTimeoutMilliseconds: Int32 = 10_000) throws {
        var handle: OpaquePointer?
        var flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX
        var name = path
        if readOnly {
            flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
            name = "file:" + Self.uriEscaped(path) + "?immutable=1"
        } else {
            flags |= SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
        }
        let code = sqlite3_open_v2(name, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let error = SQLiteError(connection: handle)
            sqlite3_close_v2(handle)
            throw error
        }
        self.handle = handle
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
    }

    /// Whether the connection may only read (the file was opened read-only).
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// `path` with the characters a URI filename reserves written as `%XX`.
    private static func uriEscaped(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x20, 0x7F...:
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            default:
                result.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return result
    }

    /// Runs one or more statements that bind nothing, such as schema changes and pragmas.
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(message)
            throw SQLiteError(extendedCode: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// A prepared statement for `sql`, reused across calls with the same text.
    public func prepare(_ sql: String) throws -> Statement {
        if let cached = statements[sql] { return cached }
        let statement = try Statement(connection: handle, sql: sql)
        statements[sql] = statement
        return statement
    }

    /// The first column of the first row of `sql`, as an integer (`nil` when there is no row
    /// or the value is `NULL`).
    public func integer(_ sql: String, _ values: [SQLValue] = []) throws -> Int64? {
        let statement = try prepare(sql)
        try statement.bind(values)
        defer { statement.reset() }
        return try statement.step() ? statement.integer(0) : nil
    }

    /// The first column of the first row of `sql`, as text.
    public func text(_ sql: String, _ values: [SQLValue] = []) throws -> String? {
        let statement = try prepare(sql)
        try statement.bind(values)
        defer { statement.reset() }
        return try statement.step() ? statement.text(0) : nil
    }

    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws.
    public func transaction<T>(_ kind: TransactionKind, _ body: () throws -> T) throws -> T {
        try execute("BEGIN \(kind.rawValue)")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` with Ctrl-C (SIGINT) turned into an interruption of this connection: the
    /// running statement fails with `SQLITE_INTERRUPT`, and ``wasInterrupted`` lets long loops
    /// stop between statements. The default SIGINT behaviour is restored afterwards.
    public func interruptible<T>(_ body: () throws -> T) rethrows -> T {
        cmplt_interrupt_on_sigint(handle)
        defer { cmplt_interrupt_on_sigint(nil) }
        return try body()
    }

    /// Whether Ctrl-C arrived during the current ``interruptible(_:)``.
    public var wasInterrupted: Bool {
        cmplt_interrupted() != 0
    }

    /// The rowid of the latest successful `INSERT` on this connection.
    public var lastInsertedRowID: Int64 {
        sqlite3_last_insert_rowid(handle)
    }

    /// The version of the SQLite library in use, e.g. `3.40.1`.
    public static var libraryVersion: String {
        String(cString: sqlite3_libversion())
    }
}

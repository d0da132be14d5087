import CSQLite

/// A failure reported by SQLite, with its extended result code, SQLite's message and the SQL
/// that failed.
///
/// Bound values are never part of the description: they may be personal data.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// SQLite's extended result code, e.g. `SQLITE_CONSTRAINT_UNIQUE`.
    public let extendedCode: Int32
    /// SQLite's own explanation.
    public let message: String
    /// The statement that failed, when there was one.
    public let sql: String?

    /// The primary result code (`SQLITE_BUSY`, `SQLITE_CONSTRAINT`, …).
    public var code: Int32 { extendedCode & 0xFF }

    init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// Reads the latest error of a connection.
    init(connection: OpaquePointer?, sql: String? = nil) {
        let code = connection.map { sqlite3_extended_errcode($0) } ?? SQLITE_NOMEM
        let text = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        self.init(extendedCode: code, message: text ?? "out of memory", sql: sql)
    }

    public var description: String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql { text += " (while running: \(sql))" }
        return text
    }
}

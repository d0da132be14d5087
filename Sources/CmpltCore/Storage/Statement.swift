import CSQLite
import Glibc

/// A prepared SQL statement: owns its SQLite handle and finalizes it when released.
///
/// Values are always bound, never interpolated into the SQL:
///
///     let statement = try database.prepare("SELECT state FROM complaint WHERE id = ?")
///     try statement.bind([.integer(7)])
///     while try statement.step() { print(statement.text(0) ?? "-") }
public final class Statement {
    let handle: OpaquePointer
    private let connection: OpaquePointer
    /// The statement's SQL text, for error messages.
    public let sql: String

    init(connection: OpaquePointer, sql: String) throws(SQLiteError) {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw SQLiteError(connection: connection, sql: sql)
        }
        self.handle = handle
        self.connection = connection
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Resets the statement and binds `values` to its parameters, in order.
    public func bind(_ values: [SQLValue]) throws(SQLiteError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
            case .real(let number): code = sqlite3_bind_double(handle, index, number)
            case .text(let string): code = bindText(string, at: index)
            }
            guard code == SQLITE_OK else { throw SQLiteError(connection: connection, sql: sql) }
        }
    }

    /// Binds text by its exact UTF-8 length, so text holding U+0000 is kept whole.
    private func bindText(_ string: String, at index: Int32) -> Int32 {
        var string = string
        return string.withUTF8 { bytes in
            guard let base = bytes.baseAddress else {
                return sqlite3_bind_text(handle, index, "", 0, cmplt_sqlite_transient())
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(handle, index, $0, Int32(bytes.count), cmplt_sqlite_transient())
            }
        }
    }

    /// Advances to the next row: `true` when a row is ready, `false` when the statement is done.
    @discardableResult
    public func step() throws(SQLiteError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            return true
        case SQLITE_DONE:
            sqlite3_reset(handle)
            return false
        default:
            let error = SQLiteError(connection: connection, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Binds `values` and runs the statement to completion, ignoring any rows.
    public func run(_ values: [SQLValue] = []) throws(SQLiteError) {
        try bind(values)
        while try step() {}
    }

    /// Ends the current run so the statement holds no lock; bindings are kept.
    public func reset() {
        sqlite3_reset(handle)
    }

    /// Whether column `index` of the current row is `NULL`.
    public func isNull(_ index: Int32) -> Bool {
        sqlite3_column_type(handle, index) == SQLITE_NULL
    }

    /// Column `index` of the current row as an integer, `nil` for `NULL`.
    public func integer(_ index: Int32) -> Int64? {
        isNull(index) ? nil : sqlite3_column_int64(handle, index)
    }

    /// Column `index` of the current row as a double, `nil` for `NULL`.
    public func real(_ index: Int32) -> Double? {
        isNull(index) ? nil : sqlite3_column_double(handle, index)
    }

    /// Column `index` of the current row as text, `nil` for `NULL`.
    public func text(_ index: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, index) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Column `index` of the current row as text, `nil` for `NULL`, reusing the string `known`
    /// already holds when it has the same bytes (and adding it while `known` holds fewer than 256).
    ///
    /// For a column with few distinct values read from very many rows, such as a category: each
    /// value is decoded once instead of once per row.
    func text(_ index: Int32, reusing known: inout [String]) -> String? {
        guard let bytes = sqlite3_column_text(handle, index) else { return nil }
        let row = UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, index)))
        for candidate in known where candidate.utf8.count == row.count {
            let same =
                row.isEmpty
                || candidate.utf8.withContiguousStorageIfAvailable {
                    memcmp($0.baseAddress!, row.baseAddress!, row.count) == 0
                } == true
            if same { return candidate }
        }
        let text = String(decoding: row, as: UTF8.self)
        if known.count < 256 { known.append(text) }
        return text
    }
}

import CSQLite
import Glibc

extension Database {
    /// Copies this database, page by page, into the open database `destination` with SQLite's
    /// online backup API: other connections may keep writing, and the copy is a consistent
    /// snapshot (the copy restarts by itself when the source changes under it).
    public func backUp(into destination: Database) throws {
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
            throw SQLiteError(connection: destination.handle)
        }
        var code: Int32
        repeat {
            code = sqlite3_backup_step(backup, 256)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED { usleep(10_000) }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE else { throw SQLiteError(connection: destination.handle) }
    }
}

import Glibc

/// The few file-system calls the register needs, on the C library directly.
enum FileSystem {
    /// Whether anything exists at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Creates an empty file with mode 0600, and any missing parent folders with mode 0700.
    ///
    /// - Returns: `false` when another process created the file first.
    @discardableResult
    static func createPrivateFile(at path: String) throws(CmpltError) -> Bool {
        try createFolders(above: path)
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return false }
            throw .failure("cannot create register \(path): \(lastErrorMessage())")
        }
        fchmod(descriptor, 0o600)
        close(descriptor)
        return true
    }

    /// Whether this process may write the file at `path`.
    static func isWritable(_ path: String) -> Bool {
        access(path, W_OK) == 0
    }

    /// Removes the file at `path` and SQLite's companion files, ignoring any that are missing.
    static func removeRegisterFiles(at path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// The current user's home folder from the password database.
    static func homeDirectory() -> String? {
        guard let entry = getpwuid(getuid()), let home = entry.pointee.pw_dir else { return nil }
        return String(cString: home)
    }

    /// The current user's login name from the password database.
    static func loginName() -> String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }

    /// `strerror` for the current `errno`.
    static func lastErrorMessage() -> String {
        String(cString: strerror(errno))
    }

    private static func createFolders(above path: String) throws(CmpltError) {
        var folder = ""
        let components = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for (index, component) in components.enumerated() {
            folder += (index == 0 ? "" : "/") + component
            guard !folder.isEmpty, !exists(folder) else { continue }
            guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
                throw .failure("cannot create folder \(folder): \(lastErrorMessage())")
            }
        }
    }
}

extension Register {
    /// Writes a consistent copy of the register to `path` (mode 0600) while others may write.
    ///
    /// - Throws: ``CmpltError/refused(_:)`` when `path` exists, so a backup never overwrites.
    public func backUp(to path: String) throws(CmpltError) {
        guard !FileSystem.exists(path) else {
            throw .refused("\(path) already exists; a backup never overwrites a file")
        }
        guard try FileSystem.createPrivateFile(at: path) else {
            throw .refused("\(path) already exists; a backup never overwrites a file")
        }
        do {
            let destination = try Database(path: path, create: false)
            try database.backUp(into: destination)
        } catch {
            FileSystem.removeRegisterFiles(at: path)
            throw Register.translate(error, path: path)
        }
    }
}

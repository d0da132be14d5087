import CmpltCore
import Foundation
import Glibc
import Testing

/// Runs cmplt as a user that file permissions bind.
///
/// Root ignores file modes, so a `chmod 0400` register stays writable for it. As root, the runs
/// therefore go through `setpriv` as `nobody` (uid 65534), with the sandbox folder and the
/// register handed to that user first: the same situation as a user whose register was made
/// read-only. When that is impossible (no `setpriv`, or `nobody` cannot run the binary),
/// ``make(_:)`` returns `nil` and the tests skip the assertions that need permissions
/// enforced, saying so in a comment at each place.
private struct PermissionBoundRunner {
    static let nobody: uid_t = 65534
    let sandbox: Sandbox
    /// The command that runs cmplt: the binary, or setpriv … binary.
    let launcher: [String]

    static func make(_ sandbox: Sandbox) throws -> PermissionBoundRunner? {
        guard getuid() == 0 else { return PermissionBoundRunner(sandbox: sandbox, launcher: [Sandbox.binaryPath]) }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        let launcher = [setpriv, "--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", "--", Sandbox.binaryPath]
        let probe = try Launched(launcher[0], Array(launcher.dropFirst()) + ["--version"], in: sandbox).wait()
        guard probe.exited, probe.status == 0 else { return nil }
        return PermissionBoundRunner(sandbox: sandbox, launcher: launcher)
    }

    /// Hands the sandbox folder and everything in it to the user the runs act as.
    func handOverFolder() throws {
        guard getuid() == 0 else { return }
        for path in [sandbox.folder.path]
            + (try sandbox.folderListing()).map({ sandbox.folder.appendingPathComponent($0).path })
        {
            guard chown(path, Self.nobody, gid_t(Self.nobody)) == 0 else { throw SandboxError("chown \(path) failed") }
        }
    }

    /// Runs `cmplt --db <register> arguments…`.
    func cmplt(_ arguments: String...) throws -> ProcessResult {
        try Launched(launcher[0], Array(launcher.dropFirst()) + ["--db", sandbox.database] + arguments, in: sandbox)
            .wait()
    }
}

private func chmodOrThrow(_ path: String, _ mode: mode_t) throws {
    guard chmod(path, mode) == 0 else {
        throw SandboxError("chmod \(path) failed: \(String(cString: strerror(errno)))")
    }
}

/// A register with two complaints, #1 acknowledged and #2 received.
private func registerWithTwoComplaints() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.log("Late delivery", "--severity", "low")
    try sandbox.log("Charged twice", "--severity", "high")
    guard try sandbox.cmplt("advance", "1").status == 0 else { throw SandboxError("advance failed") }
    return sandbox
}

@Suite struct RegisterFileFailureTests {
    // MARK: Read-only registers

    @Test func aReadOnlyRegisterRefusesEveryWriteWithOneLineAndStillServesReads() throws {
        let sandbox = try registerWithTwoComplaints()
        let importFile = try sandbox.write(csvOfComplaints(rows: 3), to: "more.csv")
        try chmodOrThrow(sandbox.database, 0o400)
        let bytes = try sandbox.registerBytes()
        guard let runner = try PermissionBoundRunner.make(sandbox) else {
            // Running as root without a way to drop privileges: root writes to a 0400 file, so
            // the refusal cannot be observed here. Reads are still checked.
            #expect(try sandbox.cmplt("list").status == 0)
            return
        }
        try runner.handOverFolder()

        let writes: [ProcessResult] = [
            try runner.cmplt("log", "New one", "--channel", "web", "--category", "x"),
            try runner.cmplt("advance", "2"),
            try runner.cmplt("note", "1", "Called back"),
            try runner.cmplt("edit", "1", "--category", "billing"),
            try runner.cmplt("rate", "1", "--score", "4"),
            try runner.cmplt("config", "set", "target.acknowledge", "2d"),
            try runner.cmplt("import", importFile),
        ]
        for result in writes {
            expectCleanFailure(result, status: 1)
            #expect(
                result.stderr.contains("read-only"),
                "the message should say the register is read-only: \(result.stderr)")
        }

        let list = try runner.cmplt("--json", "list")
        #expect(list.exited && list.status == 0, "list: \(list.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: list.stdout) as? [Any])?.count == 2)
        for read in [["show", "1"], ["report"], ["export"], ["list", "--open"], ["config", "list"]] {
            let result = try Launched(
                runner.launcher[0], Array(runner.launcher.dropFirst()) + ["--db", sandbox.database] + read,
                in: sandbox
            ).wait()
            #expect(
                result.exited && result.status == 0 && !result.stdout.isEmpty,
                "\(read): \(result.ending) \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(read): \(result.stderr)")
        }
        #expect(try sandbox.registerBytes() == bytes)
        #expect(try sandbox.integrityCheck() == ["ok"])
    }

    @Test func aRegisterMadeWritableAgainAcceptsWritesAfterItWasUsedReadOnly() throws {
        let sandbox = try registerWithTwoComplaints()
        try chmodOrThrow(sandbox.database, 0o400)
        guard let runner = try PermissionBoundRunner.make(sandbox) else {
            // As root without setpriv the read-only phase cannot be played: nothing to check.
            return
        }
        try runner.handOverFolder()
        #expect(try runner.cmplt("list").status == 0)
        expectCleanFailure(try runner.cmplt("note", "1", "Refused"), status: 1)

        // The owner gives write permission back: nothing the read-only runs left behind
        // (such as a read-only -shm file beside the register) may keep refusing writes.
        try chmodOrThrow(sandbox.database, 0o600)
        let result = try runner.cmplt("note", "1", "Accepted now")
        let beside = try sandbox.folderListing()
        #expect(
            result.exited && result.status == 0,
            "after chmod 0600 the register should take writes again: \(result.ending) \(result.stderr); beside it: \(beside)"
        )
        #expect(try sandbox.sql("SELECT count(*) FROM event WHERE kind = 'note'") == [result.status == 0 ? "1" : "0"])
    }

    @Test func aReadOnlyRegisterInAReadOnlyFolderCanStillBeRead() throws {
        let sandbox = try registerWithTwoComplaints()
        try chmodOrThrow(sandbox.database, 0o400)
        let bytes = try sandbox.registerBytes()
        guard let runner = try PermissionBoundRunner.make(sandbox) else {
            // As root without setpriv a read-only folder cannot be made: nothing to check.
            return
        }
        try runner.handOverFolder()
        try chmodOrThrow(sandbox.folder.path, 0o500)
        defer { chmod(sandbox.folder.path, 0o700) }
        let listing = try sandbox.folderListing()

        // A register on read-only storage (a mounted backup, a shared folder): SQLite cannot
        // create the -wal/-shm files beside it, yet a read must work.
        let list = try runner.cmplt("--json", "list")
        #expect(
            list.exited && list.status == 0, "list of a register in a read-only folder: \(list.ending) \(list.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: list.stdout) as? [Any])?.count == 2)
        let show = try runner.cmplt("show", "2")
        #expect(show.exited && show.status == 0, "show: \(show.ending) \(show.stderr)")

        let write = try runner.cmplt("advance", "2")
        expectCleanFailure(write, status: 1)
        #expect(try sandbox.folderListing() == listing)
        #expect(try sandbox.registerBytes() == bytes)
    }

    @Test func anOlderRegisterThatCannotBeWrittenIsReadWithoutMigrating() throws {
        let sandbox = try registerWithTwoComplaints()
        // Version 1 differs from version 2 only in how CHECKs are written and in one index, so
        // a current register marked as version 1 stands for one that an older cmplt wrote.
        try Database(path: sandbox.database, create: false).execute("PRAGMA user_version = 1")
        try chmodOrThrow(sandbox.database, 0o400)
        let bytes = try sandbox.registerBytes()
        guard let runner = try PermissionBoundRunner.make(sandbox) else {
            // As root without setpriv the file stays writable and would be migrated: nothing to check.
            return
        }
        try runner.handOverFolder()

        let list = try runner.cmplt("--json", "list")
        #expect(list.exited && list.status == 0, "list of an old read-only register: \(list.ending) \(list.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: list.stdout) as? [Any])?.count == 2)
        expectCleanFailure(try runner.cmplt("advance", "2"), status: 1)
        #expect(try sandbox.registerBytes() == bytes)
        #expect(try sandbox.sql("PRAGMA user_version") == ["1"])
    }

    // MARK: A full disk

    /// Imports a file larger than a 32 KiB file-size limit allows (`ulimit -f 64`: 512-byte
    /// blocks in dash, 1 KiB in bash) into a small register.
    private func importUnderFileSizeLimit(ignoringSIGXFSZ: Bool) throws {
        let sandbox = try registerWithTwoComplaints()
        let file = try sandbox.write(csvOfComplaints(rows: 3_000), to: "big.csv")
        let before = try sandbox.complaintCount()
        let trap = ignoringSIGXFSZ ? "trap '' XFSZ; " : ""
        let result = try sandbox.runShell(
            trap + #"ulimit -f 64; exec "$0" "$@""#, ["--db", sandbox.database, "import", file])

        expectCleanFailure(result, status: 1, ignoringSIGXFSZ ? "file size limit, SIGXFSZ ignored" : "file size limit")
        #expect(try sandbox.integrityCheck() == ["ok"])
        #expect(try sandbox.complaintCount() == before)
        #expect(try sandbox.historyProblems() == [])
        // Without the limit, the register goes on working.
        #expect(try sandbox.cmplt("log", "After the full disk", "--channel", "web", "--category", "x").status == 0)
        #expect(try sandbox.complaintCount() == before + 1)
    }

    /// As a user meets it: the shell's file-size limit, whose signal (SIGXFSZ) would kill a
    /// program that does not ignore it. cmplt must report the failed write, not die.
    @Test func anImportThatOutgrowsTheFileSizeLimitFailsWithOneLineAndChangesNothing() throws {
        try importUnderFileSizeLimit(ignoringSIGXFSZ: false)
    }

    /// The same with SIGXFSZ ignored, so the write fails with an error as on a full disk.
    @Test func anImportWhoseWritesFailLikeOnAFullDiskFailsWithOneLineAndChangesNothing() throws {
        try importUnderFileSizeLimit(ignoringSIGXFSZ: true)
    }

    // MARK: Paths that are not register files

    @Test func aFolderGivenAsTheRegisterIsAFailureThatCreatesNothing() throws {
        let sandbox = try Sandbox()
        let folder = sandbox.folder.appendingPathComponent("a-folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let listing = try sandbox.folderListing()
        for arguments in [
            ["log", "x", "--channel", "web", "--category", "x"], ["list"], ["show", "1"],
            ["config", "set", "target.acknowledge", "2d"],
        ] {
            let result = try sandbox.runProcess(["--db", folder.path] + arguments)
            expectCleanFailure(result, status: 1, "\(arguments)")
            #expect(result.stderr.contains(folder.path), "the message should name the path: \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
        #expect(try sandbox.folderListing() == listing)
    }

    @Test func aRegisterPathUnderAFileIsAFailureForWritesAndNotFoundForReads() throws {
        let sandbox = try Sandbox()
        let plain = try sandbox.write(Data("not a folder\n".utf8), to: "plain.txt")
        let register = plain + "/register.db"
        let listing = try sandbox.folderListing()
        let log = try sandbox.runProcess(["--db", register, "log", "x", "--channel", "web", "--category", "x"])
        expectCleanFailure(log, status: 1, "log")
        #expect(
            log.stderr.contains(register) || log.stderr.contains(plain),
            "the message should name the path: \(log.stderr)")
        expectCleanFailure(try sandbox.runProcess(["--db", register, "list"]), status: 3, "list")
        expectCleanFailure(
            try sandbox.runProcess([
                "--db", sandbox.folder.path + "/plain.txt/deeper/register.db", "config", "set",
                "target.acknowledge", "2d",
            ]), status: 1, "config set")
        #expect(try Data(contentsOf: URL(fileURLWithPath: plain)) == Data("not a folder\n".utf8))
        #expect(try sandbox.folderListing() == listing)
    }

    enum NotARegister: String, CaseIterable, Sendable {
        case textFile, emptyFileRead, foreignSQLite, truncatedRegister, zeroedHeader
    }

    @Test(arguments: NotARegister.allCases)
    func aFileThatIsNotARegisterIsRefusedAndLeftAlone(_ kind: NotARegister) throws {
        let sandbox = try Sandbox()
        var commands = [
            ["list"], ["show", "1"], ["log", "x", "--channel", "web", "--category", "x"], ["advance", "1"],
        ]
        switch kind {
        case .textFile:
            try sandbox.write(Data("description,channel\nx,web\n".utf8), to: "register.db")
        case .emptyFileRead:
            // An empty file is initialized by a write (docs/schema.md); only reads are refused.
            try sandbox.write(Data(), to: "register.db")
            commands = [["list"], ["show", "1"], ["report"], ["export"]]
        case .foreignSQLite:
            let database = try Database(path: sandbox.database, create: true)
            try database.execute("CREATE TABLE inventory (item TEXT); INSERT INTO inventory VALUES ('lamp')")
        case .truncatedRegister:
            let full = try registerWithTwoComplaints()
            try sandbox.write(try full.registerBytes().prefix(4096 * 3), to: "register.db")
        case .zeroedHeader:
            let full = try registerWithTwoComplaints()
            var bytes = try full.registerBytes()
            bytes.replaceSubrange(0..<100, with: Data(count: 100))
            try sandbox.write(bytes, to: "register.db")
        }
        let bytes = try sandbox.registerBytes()
        for arguments in commands {
            let result = try sandbox.runProcess(["--db", sandbox.database] + arguments)
            expectCleanFailure(result, status: 1, "\(kind) \(arguments)")
            #expect(try sandbox.registerBytes() == bytes, "\(kind) \(arguments) changed the file")
        }
    }
}

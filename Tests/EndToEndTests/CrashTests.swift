import Foundation
import Glibc
import Testing

/// cmplt stopped from outside part-way: `kill -9` (no chance to clean up) must leave a sound
/// register with every command's work there wholly or not at all; Ctrl-C during an import
/// must stop it cleanly with exit 130 and nothing imported.
@Suite(.serialized) struct CrashTests {
    static let importRows = 200_000

    /// A register with three complaints and a large import file beside it.
    private func registerWithLargeImportFile() throws -> (Sandbox, String) {
        let sandbox = try Sandbox()
        for number in 1...3 { try sandbox.log("Before the import \(number)", "--severity", "medium") }
        let file = try sandbox.write(csvOfComplaints(rows: Self.importRows), to: "large.csv")
        return (sandbox, file)
    }

    @Test func killNineDuringALargeImportLeavesAllOrNothing() throws {
        let (sandbox, file) = try registerWithLargeImportFile()
        let importing = try sandbox.start(["--db", sandbox.database, "import", file])
        usleep(750_000)
        importing.send(SIGKILL)
        let result = try importing.wait()

        #expect(try sandbox.integrityCheck() == ["ok"])
        let count = try sandbox.complaintCount()
        if result.exited {
            // The import finished before the kill arrived: then all of it is there.
            #expect(result.status == 0, "\(result.stderr)")
            #expect(count == 3 + Self.importRows)
        } else {
            #expect(result.status == SIGKILL)
            #expect(count == 3, "a killed import must leave nothing of itself")
        }
        #expect(try sandbox.historyProblems() == [])
        // The register is not left locked or damaged for the next command.
        #expect(
            try sandbox.cmplt("log", "After the kill", "--channel", "web", "--category", "x").output == "\(count + 1)")
        #expect(try sandbox.integrityCheck() == ["ok"])
    }

    @Test func killNineAtRandomMomentsOfAdvancesLeavesEveryWalkWholeOrAbsent() throws {
        let sandbox = try Sandbox()
        let complaints = 40
        let rows = try sandbox.write(csvOfComplaints(rows: complaints, prefix: "Walk"), to: "walks.csv")
        #expect(try sandbox.cmplt("import", rows).status == 0)
        var killed = 0
        for id in 1...complaints {
            // received → closed walks acknowledged, assessed, investigating, responded, closed: five
            // move events and the decisions, written in one transaction.
            let advancing = try sandbox.start([
                "--db", sandbox.database, "advance", String(id), "--to", "closed", "--resolution", "Refunded",
                "--upheld", "yes", "--outcome", "accepted", "--note", "walk \(id)",
            ])
            usleep(UInt32.random(in: 0...30_000))
            advancing.send(SIGKILL)
            let result = try advancing.wait()
            if !result.exited { killed += 1 } else { #expect(result.status == 0, "#\(id): \(result.stderr)") }
        }

        #expect(try sandbox.integrityCheck() == ["ok"])
        #expect(try sandbox.historyProblems() == [])
        #expect(try sandbox.complaintCount() == complaints)
        let walks = try sandbox.sql(
            """
            SELECT c.id || ':' || c.state || ':' || (SELECT count(*) FROM event e WHERE e.complaint_id = c.id AND e.kind = 'move')
                   || ':' || coalesce(c.resolution, '-') || ':' || coalesce(c.outcome, '-') || ':' || (c.closed_at IS NOT NULL)
            FROM complaint c ORDER BY c.id
            """)
        for walk in walks {
            let id = walk.prefix { $0 != ":" }
            #expect(
                walk == "\(id):received:0:-:-:0" || walk == "\(id):closed:5:Refunded:accepted:1",
                "a partial walk: \(walk)")
        }
        // The register still takes writes after the last kill.
        #expect(try sandbox.cmplt("note", "1", "After the kills").status == 0)
        #expect(try sandbox.integrityCheck() == ["ok"])
        #expect(killed > 0, "no advance was killed while running; the test proved nothing")
    }

    @Test func killNineDuringALoopOfAdvancesLeavesEveryComplaintConsistent() throws {
        // A shell loop of one-step advances (reopening what it closed) and notes on a few
        // complaints, killed at a random moment together with the cmplt it is running, six times.
        let sandbox = try Sandbox()
        let rows = try sandbox.write(csvOfComplaints(rows: 6, prefix: "Loop"), to: "loop.csv")
        #expect(try sandbox.cmplt("import", rows).status == 0)
        let loop = #"""
            while :; do
              for id in 1 2 3 4 5 6; do
                "$0" --db "$1" -q advance "$id" 2>/dev/null \
                  || "$0" --db "$1" -q advance "$id" --resolution Fixed --upheld partly 2>/dev/null \
                  || "$0" --db "$1" -q advance "$id" --outcome final 2>/dev/null \
                  || "$0" --db "$1" -q advance "$id" --to investigating 2>/dev/null
                "$0" --db "$1" -q note "$id" "looped" 2>/dev/null
              done
            done
            """#
        var killedChildren = 0
        for _ in 1...6 {
            let shell = try sandbox.startShell(loop, [sandbox.database])
            usleep(UInt32.random(in: 150_000...400_000))
            // Freeze the loop so it starts nothing new, kill the cmplt it is running, then the loop.
            kill(shell.pid, SIGSTOP)
            let children =
                (try? String(contentsOfFile: "/proc/\(shell.pid)/task/\(shell.pid)/children", encoding: .utf8)) ?? ""
            for child in children.split(separator: " ").compactMap({
                pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines))
            }) {
                kill(child, SIGKILL)
                killedChildren += 1
            }
            shell.send(SIGKILL)
            _ = try shell.wait()
            usleep(20_000)
            #expect(try sandbox.integrityCheck() == ["ok"])
            #expect(try sandbox.historyProblems() == [])
        }
        #expect(
            try sandbox.sql("SELECT count(*) FROM event WHERE kind = 'move'").first.flatMap { Int($0) } ?? 0 > 0,
            "the loop never advanced anything; the test proved nothing")
        #expect(killedChildren > 0, "no cmplt was killed while running; the test proved nothing")
        #expect(try sandbox.cmplt("note", "1", "After the kills").status == 0)
        #expect(try sandbox.integrityCheck() == ["ok"])
    }

    @Test func ctrlCDuringALongImportExits130WithOneLineAndImportsNothing() throws {
        let (sandbox, file) = try registerWithLargeImportFile()
        let bytes = try sandbox.registerBytes()
        let importing = try sandbox.start(["--db", sandbox.database, "import", file])
        usleep(750_000)
        importing.send(SIGINT)
        let result = try importing.wait()

        #expect(result.exited, "Ctrl-C should stop the import cleanly, not kill it: \(result.ending)")
        #expect(result.status == 130, "\(result.ending) stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty, "stdout: \(result.stdoutText.prefix(200))")
        expectErrorLines(result.stderr, "stderr after Ctrl-C")
        #expect(try sandbox.integrityCheck() == ["ok"])
        #expect(try sandbox.complaintCount() == 3, "an interrupted import must import nothing")
        #expect(try sandbox.registerBytes() == bytes)
        #expect(try sandbox.historyProblems() == [])
        #expect(try sandbox.cmplt("log", "After Ctrl-C", "--channel", "web", "--category", "x").output == "4")
    }
}

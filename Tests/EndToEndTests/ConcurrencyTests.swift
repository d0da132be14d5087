import Foundation
import Glibc
import Testing

/// Many cmplt processes on one register at once: the contract's `BEGIN IMMEDIATE` writers and
/// a 10 s busy timeout mean none of them may fail with "database is locked", and the register
/// must come out exact and consistent.
@Suite(.serialized) struct ConcurrencyTests {
    static let loggers = 8
    static let logsPerLogger = 25
    static let advancers = 4
    static let complaintsPerAdvancer = 5
    static let readers = 2
    static let readRounds = 10

    @Test func parallelLogsAdvancesAndReadsAllSucceedAndLeaveAnExactConsistentRegister() throws {
        let sandbox = try Sandbox()
        // Complaints 1…20 for the advancers, each low severity so every guard can be met.
        let prepared = Self.advancers * Self.complaintsPerAdvancer
        for number in 1...prepared { try sandbox.log("Prepared \(number)", "--severity", "low") }

        // Logger k: 25 logs, each printing its new id on a line.
        let logger = #"""
            fail=0
            for i in $(seq 25); do
              "$0" --db "$1" log "logger $2 item $i" --channel web --category "c$2" || { echo "log $i failed" >&2; fail=1; }
            done
            exit $fail
            """#
        // Advancer k: walks its own complaints (k+1, k+5, …) from received to closed, one step per process.
        let advancer = #"""
            fail=0
            for id in $3; do
              for step in 1 2 3; do "$0" --db "$1" -q advance "$id" || { echo "advance $id failed" >&2; fail=1; }; done
              "$0" --db "$1" -q advance "$id" --resolution "Refunded $id" --upheld yes || { echo "respond $id failed" >&2; fail=1; }
              "$0" --db "$1" -q advance "$id" --outcome accepted || { echo "close $id failed" >&2; fail=1; }
            done
            exit $fail
            """#
        // Reader: lists and reports over and over while the others write.
        let reader = #"""
            fail=0
            for i in $(seq 10); do
              "$0" --db "$1" --json list > /dev/null || { echo "list $i failed" >&2; fail=1; }
              "$0" --db "$1" --json report > /dev/null || { echo "report $i failed" >&2; fail=1; }
              "$0" --db "$1" list --open --format csv > /dev/null || { echo "list --open $i failed" >&2; fail=1; }
            done
            exit $fail
            """#

        let clock = ContinuousClock()
        let started = clock.now
        var launched: [(String, Launched)] = []
        for k in 0..<Self.loggers {
            launched.append(("logger \(k)", try sandbox.startShell(logger, [sandbox.database, String(k)])))
        }
        for k in 0..<Self.advancers {
            let ids = stride(from: k + 1, through: prepared, by: Self.advancers).map(String.init).joined(separator: " ")
            launched.append(("advancer \(k)", try sandbox.startShell(advancer, [sandbox.database, String(k), ids])))
        }
        for k in 0..<Self.readers {
            launched.append(("reader \(k)", try sandbox.startShell(reader, [sandbox.database, String(k)])))
        }
        var printedIDs: [Int] = []
        for (name, process) in launched {
            let result = try process.wait()
            #expect(result.exited && result.status == 0, "\(name): \(result.ending) \(result.stderr)")
            #expect(!result.stderr.contains("locked"), "\(name): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(name) wrote to stderr: \(result.stderr)")
            if name.hasPrefix("logger") {
                printedIDs += result.stdoutText.split(separator: "\n").compactMap { Int($0) }
            }
        }
        let elapsed = clock.now - started

        let total = prepared + Self.loggers * Self.logsPerLogger
        #expect(try sandbox.complaintCount() == total)
        #expect(
            try sandbox.sql("SELECT min(id) || '-' || max(id) || ':' || count(DISTINCT id) FROM complaint") == [
                "1-\(total):\(total)"
            ])
        #expect(printedIDs.sorted() == Array((prepared + 1)...total), "each log printed its own new id")
        #expect(
            try sandbox.sql("SELECT count(DISTINCT description) FROM complaint WHERE description LIKE 'logger %'") == [
                "\(Self.loggers * Self.logsPerLogger)"
            ])
        #expect(try sandbox.integrityCheck() == ["ok"])
        #expect(try sandbox.historyProblems() == [])
        #expect(
            try sandbox.sql("SELECT count(*) FROM complaint WHERE id <= \(prepared) AND state = 'closed'") == [
                "\(prepared)"
            ])
        #expect(try sandbox.sql("SELECT count(*) FROM event WHERE kind = 'move'") == ["\(prepared * 5)"])
        #expect(try sandbox.sql("SELECT count(*) FROM event WHERE kind = 'create'") == ["\(total)"])
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }

    @Test(arguments: 1...5)
    func parallelFirstWritesOnANewRegisterCreateItOnceAndLoseNothing(round: Int) throws {
        // The first write creates the file: eight processes race to create and initialize it,
        // released together by a start file they spin on.
        let sandbox = try Sandbox()
        let go = sandbox.folder.deletingLastPathComponent().appendingPathComponent("cmplt-go-\(UUID().uuidString)").path
        defer { unlink(go) }
        let script = #"""
            while [ ! -e "$3" ]; do :; done
            fail=0
            for i in 1 2 3; do
              "$0" --db "$1" log "racer $2 item $i" --channel web --category race > /dev/null || { echo "log $i failed" >&2; fail=1; }
            done
            exit $fail
            """#
        let racers = try (0..<8).map { try sandbox.startShell(script, [sandbox.database, String($0), go]) }
        usleep(50_000)
        _ = FileManager.default.createFile(atPath: go, contents: nil)
        for racer in racers {
            let result = try racer.wait()
            #expect(result.exited && result.status == 0, "\(result.ending) \(result.stderr)")
        }
        #expect(try sandbox.complaintCount() == 24)
        #expect(try sandbox.sql("SELECT min(id) || '-' || max(id) FROM complaint") == ["1-24"])
        #expect(try sandbox.integrityCheck() == ["ok"])
        #expect(try sandbox.historyProblems() == [])
        let mode = (try FileManager.default.attributesOfItem(atPath: sandbox.database)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
    }
}

import Foundation
import Testing

@Suite struct StatesCommandTests {
    static let statesInOrder = [
        "received", "acknowledged", "assessed", "investigating", "responded", "closed", "escalated",
    ]

    @Test func statesWorksWithoutARegisterAndCreatesNone() throws {
        let sandbox = try Sandbox()
        // No --db: the register would be $HOME/.local/share/cmplt/cmplt.db (HOME is the sandbox).
        let result = try sandbox.run(["states"])
        #expect(result.status == 0 && result.stderr.isEmpty)
        for state in Self.statesInOrder {
            #expect(result.stdout.contains(state), "missing \(state) in:\n\(result.stdout)")
        }
        let explicit = try sandbox.cmplt("states", "--json")
        #expect(explicit.status == 0 && explicit.stderr.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder.appendingPathComponent(".local").path))
        #expect(!FileManager.default.fileExists(atPath: sandbox.database))
    }

    @Test func jsonListsTheContractsStatesAndMoves() throws {
        let sandbox = try Sandbox()
        let document = try #require(try sandbox.json("states") as? [String: Any])
        let states = try #require(document["states"] as? [[String: Any]])
        #expect(states.map { $0["state"] as? String } == Self.statesInOrder)
        let moves = Dictionary(
            uniqueKeysWithValues: states.map { ($0["state"] as! String, Set($0["moves"] as! [String])) })
        #expect(moves == contractMoves.mapValues(Set.init))
        // Closing early, from the first four states, is for withdrawn complaints only.
        let withdrawnOnly = states.filter { $0["closes_only_when_withdrawn"] as? Bool == true }.map {
            $0["state"] as! String
        }
        #expect(withdrawnOnly == ["received", "acknowledged", "assessed", "investigating"])
        #expect(!FileManager.default.fileExists(atPath: sandbox.database))
    }
}

import Foundation
import Testing

/// The flags that bring a freshly logged complaint (severity low) to each state.
private let routes: [String: [[String]]] = [
    "received": [],
    "acknowledged": [["--to", "acknowledged"]],
    "assessed": [["--to", "assessed"]],
    "investigating": [["--to", "investigating"]],
    "responded": [["--to", "responded", "--resolution", "Refunded", "--upheld", "yes"]],
    "closed": [["--to", "closed", "--resolution", "Refunded", "--upheld", "yes", "--outcome", "accepted"]],
    "escalated": [["--to", "responded", "--resolution", "Refunded", "--upheld", "no"], ["--to", "escalated"]],
]

private let mainPath = ["received", "acknowledged", "assessed", "investigating", "responded", "closed"]

@Suite struct AdvanceCommandTests {
    /// Logs a low-severity complaint and brings it to `state`.
    private func complaint(in state: String, _ sandbox: Sandbox) throws -> Int {
        let id = try sandbox.log("Late delivery", "--severity", "low")
        for step in routes[state]! {
            let result = try sandbox.run(["--db", sandbox.database, "advance", String(id)] + step)
            guard result.status == 0 else { throw SandboxError("route to \(state) failed: \(result.stderr)") }
        }
        return id
    }

    /// The flags every guard of a move to `target` from `from` needs.
    private func guardFlags(from: String, to target: String) -> [String] {
        switch target {
        case "responded": ["--resolution", "Done", "--upheld", "partly"]
        case "closed": ["--outcome", ["responded", "escalated"].contains(from) ? "final" : "withdrawn"]
        default: []
        }
    }

    @Test(arguments: contractMoves.keys.sorted())
    func everyMoveInTheTableIsOneEvent(from: String) throws {
        let sandbox = try Sandbox()
        for target in contractMoves[from]! {
            let id = try complaint(in: from, sandbox)
            let before = try sandbox.sql(
                "SELECT count(*) FROM event WHERE complaint_id = \(id) AND to_state IS NOT NULL")
            let result = try sandbox.run(
                ["--db", sandbox.database, "advance", String(id), "--to", target] + guardFlags(from: from, to: target))
            #expect(result.status == 0, "\(from) → \(target): \(result.stderr)")
            #expect(result.output == "#\(id) \(from) → \(target)")
            #expect(try sandbox.sql("SELECT state FROM complaint WHERE id = \(id)") == [target])
            let after = try sandbox.sql(
                "SELECT count(*) FROM event WHERE complaint_id = \(id) AND to_state IS NOT NULL")
            #expect(Int(after[0])! == Int(before[0])! + 1, "\(from) → \(target) should be one move event")
        }
    }

    @Test(arguments: contractMoves.keys.sorted())
    func movesOutsideTheTableAndNotForwardAreRefusedAndChangeNothing(from: String) throws {
        let sandbox = try Sandbox()
        let id = try complaint(in: from, sandbox)
        let forward = mainPath.firstIndex(of: from).map { Array(mainPath[($0 + 1)...]) } ?? []
        let refused =
            mainPath.filter { !contractMoves[from]!.contains($0) && !forward.contains($0) }
            + (contractMoves[from]!.contains("escalated") ? [] : ["escalated"])
        let bytes = try sandbox.registerBytes()
        for target in refused {
            let result = try sandbox.run(
                ["--db", sandbox.database, "advance", String(id), "--to", target] + guardFlags(from: from, to: target))
            expectFailure(result, status: 4, mentioning: "from \(from) the allowed moves are")
        }
        #expect(try sandbox.registerBytes() == bytes)
    }

    @Test func advanceWithoutTargetFollowsTheMainPath() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x", "--severity", "high"))
        #expect(try sandbox.cmplt("advance", id).output == "#\(id) received → acknowledged")
        #expect(try sandbox.cmplt("advance", id).output == "#\(id) acknowledged → assessed")
        #expect(try sandbox.cmplt("advance", id).output == "#\(id) assessed → investigating")
        #expect(
            try sandbox.cmplt("advance", id, "--resolution", "Fixed", "--upheld", "yes").output
                == "#\(id) investigating → responded")
        #expect(try sandbox.cmplt("advance", id, "--to", "escalated").status == 0)
        #expect(try sandbox.cmplt("advance", id).output == "#\(id) escalated → investigating")
    }

    @Test func advanceFromClosedIsRefusedUntilReopenedExplicitly() throws {
        let sandbox = try Sandbox()
        let id = String(try complaint(in: "closed", sandbox))
        expectFailure(try sandbox.cmplt("advance", id), status: 4, mentioning: "--to investigating")
        #expect(try sandbox.cmplt("advance", id, "--to", "investigating").status == 0)
        let complaint = try sandbox.complaint(Int(id)!)
        #expect(complaint["reopened"] as? Int == 1)
        #expect(complaint["closed_at"] is NSNull)
        #expect(complaint["state"] as? String == "investigating")
    }

    @Test func closingFromReceivedWalksTheWholePathAtOneInstant() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x", "--severity", "low", "--received-at", "2026-03-02T09:00:00Z"))
        let result = try sandbox.cmplt(
            "advance", id, "--to", "closed", "--outcome", "accepted", "--resolution", "Apologised", "--upheld", "no",
            "--at", "2026-03-02T09:30:00Z", "--note", "First contact", "--by", "ana")
        #expect(result.output == "#\(id) received → acknowledged → assessed → investigating → responded → closed")
        let moves = try sandbox.sql(
            "SELECT from_state || '>' || to_state || '@' || at || ':' || coalesce(note, '') || ':' || actor FROM event WHERE kind = 'move' ORDER BY id"
        )
        let at = "1772443800"
        #expect(
            moves == [
                "received>acknowledged@\(at)::ana", "acknowledged>assessed@\(at)::ana",
                "assessed>investigating@\(at)::ana",
                "investigating>responded@\(at)::ana", "responded>closed@\(at):First contact:ana",
            ])
        let complaint = try sandbox.complaint(Int(id)!)
        for key in ["acknowledged_at", "responded_at", "closed_at"] {
            #expect(complaint[key] as? String == "2026-03-02T09:30:00Z")
        }
    }

    @Test func closingFromReceivedNeedsEveryGuardOnTheWay() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x"))
        let bytes = try sandbox.registerBytes()
        expectFailure(try sandbox.cmplt("advance", id, "--to", "closed"), status: 4, mentioning: "--outcome")
        expectFailure(
            try sandbox.cmplt("advance", id, "--to", "closed", "--outcome", "accepted"), status: 4,
            mentioning: "severity")
        expectFailure(
            try sandbox.cmplt("advance", id, "--to", "closed", "--outcome", "accepted", "--severity", "low"),
            status: 4, mentioning: "--resolution", "--upheld")
        expectFailure(
            try sandbox.cmplt(
                "advance", id, "--to", "closed", "--outcome", "accepted", "--severity", "low", "--upheld", "yes"),
            status: 4, mentioning: "--resolution")
        #expect(try sandbox.registerBytes() == bytes)
        #expect(
            try sandbox.cmplt("advance", id, "--to", "closed", "--outcome", "withdrawn").output
                == "#\(id) received → closed")
    }

    @Test func malformedGuardValuesAreUsageErrors() throws {
        let sandbox = try Sandbox()
        let id = String(try complaint(in: "investigating", sandbox))
        expectFailure(
            try sandbox.cmplt("advance", id, "--resolution", "x", "--upheld", "maybe"), status: 2,
            mentioning: "yes, partly, no")
        expectFailure(
            try sandbox.cmplt("advance", id, "--to", "closed", "--outcome", "happy"), status: 2, mentioning: "accepted")
        expectFailure(try sandbox.cmplt("advance", id, "--severity", "urgent"), status: 2, mentioning: "critical")
        expectFailure(try sandbox.cmplt("advance", id, "--to", "nowhere"), status: 2, mentioning: "escalated")
    }

    @Test func aDecisionTheMoveDoesNotTakeIsAUsageError() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x"))
        expectFailure(try sandbox.cmplt("advance", id, "--outcome", "accepted"), status: 2, mentioning: "--outcome")
    }

    @Test func backdatingIsLimitedByTheLatestMoveAndTheClock() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x", "--received-at", "2026-03-02T09:00:00Z"))
        expectFailure(try sandbox.cmplt("advance", id, "--at", "2026-03-01"), status: 4, mentioning: "latest move")
        #expect(try sandbox.cmplt("advance", id, "--at", "2026-03-02T10:00:00Z").status == 0)
        #expect(try sandbox.cmplt("note", id, "later note").status == 0)
        expectFailure(
            try sandbox.cmplt("advance", id, "--severity", "low", "--at", "2026-03-02T09:59:00Z"), status: 4,
            mentioning: "latest move")
        expectFailure(
            try sandbox.cmplt("advance", id, "--severity", "low", "--at", "2999-01-01"), status: 2, mentioning: "future"
        )
        #expect(try sandbox.cmplt("advance", id, "--severity", "low", "--at", "2026-03-02T11:00:00Z").status == 0)
        #expect(try sandbox.complaint(Int(id)!)["acknowledged_at"] as? String == "2026-03-02T10:00:00Z")
    }

    @Test func fieldsGivenWithAMoveAreRecordedAsEdits() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x"))
        #expect(
            try sandbox.cmplt(
                "advance", id, "--to", "assessed", "--severity", "critical", "--assignee", "bob", "--root-cause",
                "Courier"
            ).status == 0)
        let edits = try sandbox.sql(
            "SELECT field || ':' || coalesce(old_value, '-') || '>' || new_value FROM event WHERE kind = 'edit' ORDER BY id"
        )
        #expect(edits == ["severity:->critical", "assignee:->bob", "root_cause:->Courier"])
        let complaint = try sandbox.complaint(Int(id)!)
        #expect(complaint["assignee"] as? String == "bob" && complaint["root_cause"] as? String == "Courier")
        #expect(complaint["due_response_at"] is String)
    }

    @Test func jsonOutputIsTheComplaintAfterTheMove() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x"))
        let complaint = try sandbox.json("advance", id) as! [String: Any]
        #expect(complaint["state"] as? String == "acknowledged")
        #expect(try sandbox.cmplt("advance", id, "-q", "--severity", "low").stdout.isEmpty)
    }

    @Test func missingComplaintsAndBadIdsHaveTheirOwnExitCodes() throws {
        let sandbox = try Sandbox()
        expectFailure(try sandbox.cmplt("advance", "1"), status: 3, mentioning: "no register")
        try sandbox.log("x")
        expectFailure(try sandbox.cmplt("advance", "99"), status: 3, mentioning: "#99")
        expectFailure(try sandbox.cmplt("advance", "abc"), status: 2, mentioning: "'abc'")
        expectFailure(try sandbox.cmplt("advance", "99999999999999999999999"), status: 2, mentioning: "complaint id")
        expectFailure(try sandbox.cmplt("advance"), status: 2, mentioning: "<id>")
    }
}

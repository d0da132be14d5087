import CmpltCore
import Testing

@Suite struct WorkflowTests {
    @Test(arguments: [
        (State.received, [State.acknowledged, .closed]),
        (.acknowledged, [.assessed, .closed]),
        (.assessed, [.investigating, .responded, .closed]),
        (.investigating, [.responded, .closed]),
        (.responded, [.closed, .escalated, .investigating]),
        (.escalated, [.investigating, .responded, .closed]),
        (.closed, [.investigating]),
    ])
    func allowedMovesFollowTheContractTable(state: State, moves: [State]) {
        #expect(Workflow.allowedMoves(from: state) == moves)
    }

    @Test func closingEarlyIsOnlyAllowedWhenWithdrawn() {
        for state in [State.received, .acknowledged, .assessed, .investigating] {
            #expect(Workflow.isDirectMove(from: state, to: .closed, outcome: .withdrawn))
            #expect(!Workflow.isDirectMove(from: state, to: .closed, outcome: .accepted))
        }
        #expect(Workflow.isDirectMove(from: .responded, to: .closed, outcome: .final))
        #expect(Workflow.isDirectMove(from: .escalated, to: .closed, outcome: .referred))
    }

    @Test func nextStateFollowsTheMainPathAndEscalationReturnsToInvestigation() {
        #expect(Workflow.nextState(after: .received) == .acknowledged)
        #expect(Workflow.nextState(after: .investigating) == .responded)
        #expect(Workflow.nextState(after: .responded) == .closed)
        #expect(Workflow.nextState(after: .escalated) == .investigating)
        #expect(Workflow.nextState(after: .closed) == nil)
    }

    @Test func planWalksTheMainPathToAStateFurtherAlong() throws {
        #expect(
            try Workflow.plan(from: .received, to: .closed, outcome: .accepted)
                == [.acknowledged, .assessed, .investigating, .responded, .closed])
        #expect(try Workflow.plan(from: .received, to: .assessed, outcome: nil) == [.acknowledged, .assessed])
        #expect(try Workflow.plan(from: .investigating, to: .closed, outcome: .final) == [.responded, .closed])
    }

    @Test func planTakesATableMoveAsOneStep() throws {
        #expect(try Workflow.plan(from: .assessed, to: .responded, outcome: nil) == [.responded])
        #expect(try Workflow.plan(from: .received, to: .closed, outcome: .withdrawn) == [.closed])
        #expect(try Workflow.plan(from: .closed, to: .investigating, outcome: nil) == [.investigating])
        #expect(try Workflow.plan(from: .responded, to: .escalated, outcome: nil) == [.escalated])
    }

    @Test(arguments: [
        (State.responded, State.acknowledged), (.received, .escalated), (.closed, .responded),
        (.escalated, .assessed), (.acknowledged, .acknowledged), (.closed, .closed),
    ])
    func planRefusesMovesTheTableDoesNotAllow(from: State, to: State) {
        #expect(throws: CmpltError.self) { try Workflow.plan(from: from, to: to, outcome: nil) }
    }

    @Test func refusalNamesTheCurrentStateAndTheAllowedMoves() {
        do {
            _ = try Workflow.plan(from: .responded, to: .acknowledged, outcome: nil)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.message.contains("from responded the allowed moves are closed, escalated, investigating"))
        }
    }
}

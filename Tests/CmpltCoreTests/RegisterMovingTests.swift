import CmpltCore
import Testing

@Suite struct RegisterMovingTests {
    @Test func advanceWithoutTargetTakesOneStepOnTheMainPath() throws {
        let temporary = try TemporaryRegister()
        let id = try temporary.log()
        let result = try temporary.move(id)
        #expect(result.from == .received && result.entered == [.acknowledged])
        #expect(result.complaint.acknowledgedAt == day0.adding(seconds: 3600))
    }

    @Test func closingFromReceivedWalksEveryStateAtOneInstant() throws {
        let temporary = try TemporaryRegister()
        let id = try temporary.log(severity: .low)
        let result = try temporary.move(id, to: .closed, hours: 5) {
            $0.outcome = .accepted
            $0.resolution = "Apologised"
            $0.upheld = .partly
            $0.note = "Resolved at first contact"
        }
        let at = day0.adding(seconds: 5 * 3600)
        #expect(result.entered == [.acknowledged, .assessed, .investigating, .responded, .closed])
        let complaint = result.complaint
        #expect(complaint.state == .closed)
        #expect(
            [complaint.acknowledgedAt, complaint.respondedAt, complaint.lastRespondedAt, complaint.closedAt] == [
                at, at, at, at,
            ])
        #expect(complaint.resolution == "Apologised" && complaint.upheld == .partly && complaint.outcome == .accepted)

        let events = try temporary.register.history(of: id).events
        let moves = events.filter { $0.kind == .move }
        #expect(moves.map(\.to) == [.acknowledged, .assessed, .investigating, .responded, .closed])
        #expect(moves.allSatisfy { $0.at == at })
        #expect(moves.last?.note == "Resolved at first contact")
        #expect(moves.dropLast().allSatisfy { $0.note == nil })
        let edits = events.filter { $0.kind == .edit }.map(\.field)
        #expect(edits == [.resolution, .upheld, .outcome])
    }

    @Test func withdrawnClosesEarlyInOneEvent() throws {
        let temporary = try TemporaryRegister()
        let id = try temporary.log()
        let result = try temporary.move(id, to: .closed) { $0.outcome = .withdrawn }
        #expect(result.entered == [.closed])
        #expect(result.complaint.acknowledgedAt == nil)
    }

    @Test func enteringAssessedNeedsASeverity() throws {
        let temporary = try TemporaryRegister()
        let id = try temporary.log()
        try temporary.move(id)
        #expect(throws: CmpltError.self) { try temporary.move(id) }
        let result = try temporary.move(id) { $0.severity = .medium }
        #expect(result.complaint.state == .assessed && result.complaint.severity == .medium)
        #expect(result.complaint.dueResponseAt != nil)
    }

    @Test func enteringRespondedNeedsResolutionAndUpheldEachTime() throws {
        let temporary = try TemporaryRegister()
        let id = try temporary.log(severity: .low)
        try temporary.move(id, to: .investigating)
        #expect(
            throws: CmpltError.refused(
                "complaint #1 cannot enter responded without --resolution TEXT and --upheld yes|partly|no (it is investigating; allowed moves: responded, closed (withdrawn only))"
            )
        ) {
            try temporary.move(id, to: .responded)
        }
        #expect(throws: CmpltError.self) { try temporary.move(id, to: .responded) { $0.resolution = "Fixed" } }
        try temporary.move(id, to: .responded) {
            $0.resolution = "Fixed"
            $0.upheld = .yes
        }
        try temporary.move(id, to: .escalated, hours: 2)
        #expect(throws: CmpltError.self) { try temporary.move(id, to: .responded, hours: 3) }
    }

    @Test func closingNeedsAnOutcome() throws {
        let temporary = try TemporaryRegister()
        let id = try temporary.log()
        #expect(
            throws: CmpltError.refused(
                "closing complaint #1 needs --outcome accepted|no-reply|final|withdrawn|referred (it is received; allowed moves: acknowledged, closed (withdrawn only))"
            )
        ) {
            try temporary.move(id, to: .closed)
        }
    }

    @Test func aRefusedMoveChangesNothing() throws {
        let temporary = try TemporaryRegister()
        let id = try temporary.log(severity: .low)
        let before = try temporary.register.history(of: id)
        #expect(throws: CmpltError.self) {
            try temporary.move(id, to: .closed) {
                $0.outcome = .accepted
                $0.assignee = "ana"
            }
        }
        let after = try temporary.register.history(of: id)
        #expect(after.complaint == before.complaint && after.events == before.events)
    }

    @Test func decisionsForStatesTheMoveDoesNotEnterAreRejected() throws {
        let temporary = try TemporaryRegister()
        let id = try temporary.log()
        #expect(throws: CmpltError.self) { try temporary.move(id) { $0.outcome = .accepted } }
        #expect(throws: CmpltError.self) { try temporary.move(id) { $0.resolution = "x" } }
    }

    @Test func reopeningCountsAndClearsTheClosingTime() throws {
        let temporary = try TemporaryRegister()
        let id = try temporary.log(severity: .low)
        try temporary.move(id, to: .closed, hours: 2) {
            $0.outcome = .accepted
            $0.resolution = "Fixed"
            $0.upheld = .yes
        }
        #expect(
            throws: CmpltError.refused(
                "complaint #1 is closed; reopen it with --to investigating (it is closed; allowed moves: investigating)"
            )
        ) { try temporary.move(id, hours: 3) }
        let reopened = try temporary.move(id, to: .investigating, hours: 3).complaint
        #expect(reopened.reopened == 1 && reopened.closedAt == nil && reopened.state == .investigating)
        let responded = try temporary.move(id, hours: 4) {
            $0.resolution = "Fixed properly"
            $0.upheld = .yes
        }.complaint
        #expect(responded.respondedAt == day0.adding(seconds: 2 * 3600))
        #expect(responded.lastRespondedAt == day0.adding(seconds: 4 * 3600))
        let closed = try temporary.move(id, hours: 5) { $0.outcome = .final }.complaint
        #expect(closed.closedAt == day0.adding(seconds: 5 * 3600) && closed.reopened == 1)
    }

    @Test func backdatingBeforeTheLatestMoveIsRefusedButNotesDoNotBlockIt() throws {
        let temporary = try TemporaryRegister()
        let id = try temporary.log()
        try temporary.move(id, hours: 5)
        try temporary.register.addNote(id, "called", actor: "tester", now: day0.adding(seconds: 20 * 3600))
        #expect(throws: CmpltError.self) { try temporary.move(id, hours: 4) { $0.severity = .low } }
        let result = try temporary.move(id, hours: 6) { $0.severity = .low }
        #expect(result.complaint.state == .assessed)
    }

    @Test func backdatingBeforeReceiptIsRefused() throws {
        let temporary = try TemporaryRegister()
        let id = try temporary.log()
        #expect(throws: CmpltError.self) { try temporary.move(id, hours: -1) }
    }

    @Test func aMoveOfAMissingComplaintIsNotFound() throws {
        let temporary = try TemporaryRegister()
        #expect(throws: CmpltError.self) { try temporary.move(42) }
    }
}

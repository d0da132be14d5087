import CmpltCore
import Testing

@Suite struct RegisterLoggingTests {
    @Test func logRecordsAReceivedComplaintAndItsFirstEvent() throws {
        let temporary = try TemporaryRegister()
        let id = try temporary.log(severity: .high, ref: "TCK-1", tags: ["vip", "refund", "vip"])
        let history = try temporary.register.history(of: id)
        let (complaint, events) = (history.complaint, history.events)
        #expect(complaint.state == .received)
        #expect(complaint.receivedAt == day0)
        #expect(complaint.ref == "TCK-1")
        #expect(complaint.tags == ["refund", "vip"])
        #expect(events.count == 1)
        #expect(events[0].kind == .create && events[0].from == nil && events[0].to == .received && events[0].at == day0)
        #expect(events[0].actor == "tester")
    }

    @Test func logSetsDueDatesFromTheTargetsInForce() throws {
        let temporary = try TemporaryRegister()
        try temporary.register.set(.targetAcknowledge, to: "36h")
        try temporary.register.set(.targetResponseHigh, to: "48h")
        let complaint = try temporary.register.complaint(try temporary.log(severity: .high))
        #expect(complaint.dueAcknowledgeAt == day0.adding(seconds: 36 * 3600))
        #expect(complaint.dueResponseAt == day0.adding(seconds: 48 * 3600))
    }

    @Test func aComplaintWithoutSeverityHasNoResponseDueDate() throws {
        let temporary = try TemporaryRegister()
        let complaint = try temporary.register.complaint(try temporary.log())
        #expect(complaint.dueResponseAt == nil)
        #expect(complaint.dueAcknowledgeAt == TargetDuration.days(1).due(from: day0, calendar: WorkCalendar()))
    }

    @Test func logRefusesAReferenceAnotherComplaintUses() throws {
        let temporary = try TemporaryRegister()
        let first = try temporary.log(ref: "TCK-1")
        #expect(throws: CmpltError.refused("ref 'TCK-1' is already used by complaint #\(first)")) {
            try temporary.log(ref: "TCK-1")
        }
    }

    @Test(arguments: ["", "   ", "\n"])
    func logRejectsABlankDescription(description: String) throws {
        let temporary = try TemporaryRegister()
        #expect(throws: CmpltError.invalidInput("description must not be empty")) { try temporary.log(description) }
    }

    @Test func logRejectsTagsWithTheCSVSeparator() throws {
        let temporary = try TemporaryRegister()
        #expect(throws: CmpltError.self) { try temporary.log(tags: ["a;b"]) }
    }

    @Test func textWithANullCharacterIsStoredWhole() throws {
        let temporary = try TemporaryRegister()
        let id = try temporary.log("before\u{0}after")
        #expect(try temporary.register.complaint(id).description == "before\u{0}after")
    }

    @Test func idsAscendFromOne() throws {
        let temporary = try TemporaryRegister()
        #expect(try temporary.log() == 1)
        #expect(try temporary.log() == 2)
    }
}

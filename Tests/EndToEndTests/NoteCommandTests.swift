import Foundation
import Testing

@Suite struct NoteCommandTests {
    @Test func aNoteIsAnEventThatMovesNoState() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x"))
        let result = try sandbox.cmplt("note", id, "Called, left a message", "--by", "ana")
        #expect(result.status == 0 && result.output == "#\(id) note added")
        #expect(
            try sandbox.sql(
                "SELECT kind || ':' || actor || ':' || note || ':' || (from_state IS NULL) || (to_state IS NULL) FROM event WHERE kind = 'note'"
            )
                == ["note:ana:Called, left a message:11"])
        #expect(try sandbox.sql("SELECT state FROM complaint") == ["received"])
    }

    @Test func aNoteCanComeFromStandardInput() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x"))
        #expect(try sandbox.cmplt("note", id, "-", stdin: "line one\nline two\n").status == 0)
        #expect(try sandbox.sql("SELECT note FROM event WHERE kind = 'note'") == ["line one\nline two"])
    }

    @Test func anEmptyNoteOrAMissingComplaintFails() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x"))
        let bytes = try sandbox.registerBytes()
        expectFailure(try sandbox.cmplt("note", id, " "), status: 2, mentioning: "empty")
        expectFailure(try sandbox.cmplt("note", "7", "hello"), status: 3, mentioning: "#7")
        expectFailure(try sandbox.cmplt("note", id), status: 2, mentioning: "<text>")
        #expect(try sandbox.registerBytes() == bytes)
    }
}

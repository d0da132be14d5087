import CmpltCore
import Testing

@Suite struct JSONLineObjectTests {
    @Test func looksUpAMemberByKey() {
        let object = JSONLineObject(line: 3, members: [("channel", .string("email")), ("severity", .null)])
        #expect(object["channel"] == .string("email"))
        #expect(object["severity"] == .null)
        #expect(object["category"] == nil)
    }
}

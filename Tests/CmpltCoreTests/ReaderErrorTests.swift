import CmpltCore
import Testing

@Suite struct ReaderErrorTests {
    @Test func prefixesTheLineToAMalformedInputMessage() {
        let error = ReaderError.malformed(line: 7, reason: "unterminated quoted field (started on line 5)")
        #expect(error.line == 7)
        #expect(error.message == "line 7: unterminated quoted field (started on line 5)")
        #expect("\(error)" == error.message)
    }

    @Test func givesAnUnreadableFileNoLine() {
        let error = ReaderError.unreadable("cannot open 'x.csv': No such file or directory")
        #expect(error.line == nil)
        #expect("\(error)" == "cannot open 'x.csv': No such file or directory")
    }
}

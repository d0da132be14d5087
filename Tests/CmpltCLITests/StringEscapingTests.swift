import Testing

@testable import CmpltCLI

@Suite struct StringEscapingTests {
    @Test func replacesOnlyTheScalarsGivenAReplacement() {
        var text = "<"
        text.append("a-b-c", escaping: { $0 == "-" ? "+" : nil })
        #expect(text == "<a+b+c")
    }

    @Test func textWithNothingToEscapeIsAppendedUnchanged() {
        var text = ""
        text.append("شکایت 😀 e\u{301}", escaping: { _ in nil })
        #expect(text == "شکایت 😀 e\u{301}")
        text.append("", escaping: { _ in "x" })
        #expect(text == "شکایت 😀 e\u{301}")
    }

    @Test func escapesScalarsInsideOneGraphemeCluster() {
        var text = ""
        text.append("a\r\nb", escaping: { $0 == "\r" ? "<CR>" : $0 == "\n" ? "<LF>" : nil })
        #expect(text == "a<CR><LF>b")
        #expect(text.unicodeScalars.count == 10)
    }

    @Test func escapesAtBothEnds() {
        var text = ""
        text.append("\"x\"", escaping: { $0 == "\"" ? "\"\"" : nil })
        #expect(text == "\"\"x\"\"")
    }
}

import Testing

@testable import CmpltCLI

@Suite struct ANSIStyleTests {
    @Test func wrapSurroundsTextWithTheStyleAndAReset() {
        #expect(ANSIStyle.red.wrap("overdue") == "\u{1B}[31moverdue\u{1B}[0m")
    }

    @Test func eachStyleHasItsSGRCode() {
        let codes: [(ANSIStyle, String)] = [
            (.bold, "1"), (.dim, "2"), (.red, "31"), (.yellow, "33"), (.green, "32"), (.cyan, "36"),
        ]
        for (style, code) in codes {
            #expect(style.wrap("x") == "\u{1B}[" + code + "mx\u{1B}[0m")
        }
    }
}

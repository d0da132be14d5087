import Testing

@testable import CmpltCLI

@Suite struct TextTableTests {
    private let complaints = TextTable(columns: [
        .init("ID", alignment: .right),
        .init("STATE"),
        .init("DESCRIPTION", truncatable: true),
    ])

    private let rows: [[TextTable.Cell]] = [
        ["7", "received", "Parcel arrived damaged"],
        ["12", "closed", "Refund"],
    ]

    /// Returns `text` without ANSI escape sequences.
    private func plain(_ text: String) -> String {
        var result = ""
        var inEscape = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{1B}" {
                inEscape = true
            } else if inEscape {
                inEscape = scalar != "m"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test func rendersHeaderAndRowsAlignedWithTwoSpaces() {
        let expected = """
            ID  STATE     DESCRIPTION
             7  received  Parcel arrived damaged
            12  closed    Refund

            """
        #expect(complaints.render(rows: rows) == expected)
    }

    @Test func rightAlignedColumnsPadOnTheLeft() {
        let table = TextTable(columns: [.init("N", alignment: .right), .init("COUNT", alignment: .right)])
        #expect(table.render(rows: [["100", "1"], ["5", "22"]]) == "  N  COUNT\n100      1\n  5     22\n")
    }

    @Test func linesHaveNoTrailingSpaces() {
        let table = TextTable(columns: [.init("A"), .init("B"), .init("C")])
        let text = table.render(rows: [["long value", "", ""], ["x", "y", ""]])
        #expect(text == "A           B  C\nlong value\nx           y\n")
    }

    @Test func anEmptyTableIsTheHeaderOnly() {
        #expect(complaints.render(rows: []) == "ID  STATE  DESCRIPTION\n")
    }

    @Test func tableWithinMaxWidthIsNotTruncated() {
        #expect(complaints.render(rows: rows, maxWidth: 36) == complaints.render(rows: rows))
    }

    @Test func truncatableColumnShrinksToMaxWidthEndingWithEllipsis() {
        let expected = """
            ID  STATE     DESCRIPTION
             7  received  Parcel arrived…
            12  closed    Refund

            """
        #expect(complaints.render(rows: rows, maxWidth: 30) == expected)
    }

    @Test func truncationStopsAtTheMinimumWidthAndMayExceedMaxWidth() {
        let expected = """
            ID  STATE     DESCRIP…
             7  received  Parcel…
            12  closed    Refund

            """
        #expect(complaints.render(rows: rows, maxWidth: 10) == expected)
    }

    @Test func nonTruncatableColumnsKeepTheirWidth() {
        let table = TextTable(columns: [.init("STATE"), .init("NOTE")])
        let text = table.render(rows: [["investigating", "a very long note indeed"]], maxWidth: 10)
        #expect(text == "STATE          NOTE\ninvestigating  a very long note indeed\n")
    }

    @Test func widestTruncatableColumnShrinksFirst() {
        let table = TextTable(columns: [.init("A", truncatable: true), .init("B", truncatable: true)])
        let row: [TextTable.Cell] = ["aaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbb"]
        // Natural width 20 + 2 + 12 = 34.
        #expect(table.render(rows: [row], maxWidth: 28) == "A               B\naaaaaaaaaaaaa…  bbbbbbbbbbbb\n")
        // Both columns meet at 12, then share the rest.
        #expect(table.render(rows: [row], maxWidth: 22) == "A           B\naaaaaaaaa…  bbbbbbbbb…\n")
    }

    @Test func truncationDropsSpacesBeforeTheEllipsis() {
        let table = TextTable(columns: [.init("TEXT", truncatable: true)])
        #expect(table.render(rows: [["abcdef   ghijkl"]], maxWidth: 10) == "TEXT\nabcdef…\n")
    }

    @Test func wideCharactersAreAlignedByDisplayWidth() {
        let table = TextTable(columns: [.init("NAME"), .init("V")])
        let text = table.render(rows: [["日本", "x"], ["ab", "y"], ["😀", "z"], ["e\u{301}", "w"]])
        #expect(text == "NAME  V\n日本  x\nab    y\n😀    z\ne\u{301}     w\n")
    }

    @Test func truncationNeverSplitsWideCharactersOrGraphemes() {
        let table = TextTable(columns: [.init("TEXT", truncatable: true), .init("END")])
        let family = "👨‍👩‍👧"
        let accented = "e\u{301}"
        let rows: [[TextTable.Cell]] = [
            ["日本語テキスト", "a"],
            [.init(String(repeating: family, count: 5)), "b"],
            [.init(String(repeating: accented, count: 9)), "c"],
        ]
        let expected = """
            TEXT      END
            日本語…   a
            \(family)\(family)\(family)…   b
            \(String(repeating: accented, count: 7))…  c

            """
        #expect(table.render(rows: rows, maxWidth: 13) == expected)
    }

    @Test func cellsAreShownOnOneLine() {
        let table = TextTable(columns: [.init("A"), .init("B")])
        let text = table.render(rows: [["line one\nline two\r\nthree\tfour", "  padded \n"], ["\u{1B}[2Jx", "ok"]])
        let expected = """
            A                             B
            line one line two three four  padded
            [2Jx                          ok

            """
        #expect(text == expected)
    }

    @Test func stylesAreDrawnOnlyWhenColorIsEnabled() {
        let table = TextTable(columns: [.init("ID", alignment: .right), .init("STATE")], headerStyle: .bold)
        let styledRows: [[TextTable.Cell]] = [["7", .init("overdue", style: .red)], ["12", "open"]]
        #expect(table.render(rows: styledRows) == "ID  STATE\n 7  overdue\n12  open\n")
        let colored = table.render(rows: styledRows, colorEnabled: true)
        #expect(
            colored
                == "\u{1B}[1mID\u{1B}[0m  \u{1B}[1mSTATE\u{1B}[0m\n 7  \u{1B}[31moverdue\u{1B}[0m\n12  open\n")
    }

    @Test func colorCodesDoNotAffectAlignment() {
        let styledRows: [[TextTable.Cell]] = [
            [
                .init("7", style: .cyan), .init("received", style: .yellow),
                .init("Parcel arrived damaged", style: .dim),
            ],
            ["12", .init("closed", style: .green), "Refund"],
        ]
        for maxWidth in [nil, 30, 10] {
            let colored = complaints.render(rows: styledRows, maxWidth: maxWidth, colorEnabled: true)
            #expect(colored.contains("\u{1B}["))
            #expect(plain(colored) == complaints.render(rows: rows, maxWidth: maxWidth))
        }
    }

    @Test func cellsAcceptStringInterpolation() {
        let id = 42
        let table = TextTable(columns: [.init("ID")])
        #expect(table.render(rows: [["\(id)"]]) == "ID\n42\n")
    }
}

import Testing

@testable import CmpltCLI

@Suite struct DelimitedWriterTests {
    /// Returns the text `delimiter` writes for `rows`.
    private func write(_ rows: [[String?]], as delimiter: DelimitedWriter.Delimiter) -> String {
        let writer = DelimitedWriter(delimiter)
        var text = ""
        for row in rows {
            writer.appendRow(row, to: &text)
        }
        return text
    }

    @Test func csvRowsAreCommaSeparatedAndEndWithLineFeed() {
        #expect(write([["id", "state"], ["1", "received"]], as: .csv) == "id,state\n1,received\n")
    }

    @Test func csvQuotesFieldsWithCommasQuotesAndLineBreaks() {
        let text = write([["a,b", #"say "hi""#, "one\ntwo", "cr\rhere", "crlf\r\nhere"]], as: .csv)
        #expect(text == #""a,b","say ""hi""","one"# + "\ntwo\",\"cr\rhere\",\"crlf\r\nhere\"\n")
    }

    @Test func csvQuotesLeadingAndTrailingWhitespace() {
        #expect(
            write([[" lead", "trail ", "\ttab", "in side"]], as: .csv) == "\" lead\",\"trail \",\"\ttab\",in side\n")
    }

    @Test func csvWritesNilAsEmptyAndEmptyStringAsQuotes() {
        #expect(write([[nil, "", "x", nil]], as: .csv) == ",\"\",x,\n")
        #expect(write([[nil]], as: .csv) == "\n")
        #expect(write([[""]], as: .csv) == "\"\"\n")
    }

    @Test func csvWritesPersianAndEmojiUnquoted() {
        #expect(write([["شکایت", "😡👍🏽", "é"]], as: .csv) == "شکایت,😡👍🏽,é\n")
        #expect(write([["شکایت, دوم"]], as: .csv) == "\"شکایت, دوم\"\n")
    }

    @Test func tsvRowsAreTabSeparatedWithoutQuoting() {
        #expect(write([["id", #"say "hi", ok"#], ["1", " x "]], as: .tsv) == "id\tsay \"hi\", ok\n1\t x \n")
    }

    @Test func tsvEscapesBackslashTabAndLineBreaks() {
        let text = write([[#"C:\dir"#, "a\tb", "one\ntwo", "cr\rlf\r\n"]], as: .tsv)
        #expect(text == #"C:\\dir"# + "\t" + #"a\tb"# + "\t" + #"one\ntwo"# + "\t" + #"cr\rlf\r\n"# + "\n")
    }

    @Test func tsvWritesNilAndEmptyStringAsEmptyFields() {
        #expect(write([[nil, "", "x"]], as: .tsv) == "\t\tx\n")
    }

    @Test func tsvWritesPersianAndEmojiAsIs() {
        #expect(write([["شکایت", "😀"]], as: .tsv) == "شکایت\t😀\n")
    }

    @Test func appendRowAddsToExistingText() {
        var text = "header\n"
        DelimitedWriter(.csv).appendRow(["1"], to: &text)
        #expect(text == "header\n1\n")
    }
}

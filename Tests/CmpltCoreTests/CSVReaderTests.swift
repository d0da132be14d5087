import CmpltCore
import Foundation
import Testing

@Suite struct CSVReaderTests {
    private func records(_ bytes: [UInt8], maximumRecordBytes: Int = CSVReader.defaultMaximumRecordBytes) throws
        -> [CSVRecord]
    {
        var reader = CSVReader(source: try TemporaryFile.source(bytes), maximumRecordBytes: maximumRecordBytes)
        var records: [CSVRecord] = []
        while let record = try reader.nextRecord() { records.append(record) }
        return records
    }

    private func records(_ text: String) throws -> [CSVRecord] {
        try records(Array(text.utf8))
    }

    private func fields(_ text: String) throws -> [[String]] {
        try records(text).map(\.fields)
    }

    // MARK: Fields

    @Test func readsPlainRecordsWithTheirLines() throws {
        #expect(
            try records("id,channel\n1,email\n2,phone\n") == [
                CSVRecord(fields: ["id", "channel"], line: 1),
                CSVRecord(fields: ["1", "email"], line: 2),
                CSVRecord(fields: ["2", "phone"], line: 3),
            ])
    }

    @Test func keepsCommasInsideQuotes() throws {
        #expect(
            try fields("8/30/2013,\"Loan modification,collection,foreclosure\",CA\n")
                == [["8/30/2013", "Loan modification,collection,foreclosure", "CA"]])
    }

    @Test func readsDoubledQuotesAsOneQuote() throws {
        #expect(try fields("\"He said \"\"no\"\"\",\"\"\"\"\n") == [["He said \"no\"", "\""]])
    }

    @Test func keepsLineBreaksInsideQuotesAsTheyAre() throws {
        #expect(
            try fields("\"two\nlines\",\"crlf\r\nend\",\"cr\rend\"\n") == [["two\nlines", "crlf\r\nend", "cr\rend"]])
    }

    @Test func readsEmojiAndPersianText() throws {
        #expect(
            try fields("شکایت,\"ناراضی، خیلی \"\"بد\"\"\",😡👍🏽,🇮🇷\n")
                == [["شکایت", "ناراضی، خیلی \"بد\"", "😡👍🏽", "🇮🇷"]])
    }

    @Test func tellsEmptyFieldsFromQuotedEmptyOnesOnlyByPosition() throws {
        #expect(try fields(",\"\",x,\n\"\"\n,\n") == [["", "", "x", ""], [""], ["", ""]])
    }

    @Test func keepsSpacesAroundFields() throws {
        #expect(try fields(" a , b \n") == [[" a ", " b "]])
    }

    // MARK: Line ends and the file's edges

    @Test func skipsAByteOrderMark() throws {
        #expect(try fields("\u{FEFF}id,name\n1,x\n") == [["id", "name"], ["1", "x"]])
    }

    @Test func keepsAByteOrderMarkThatIsNotAtTheStart() throws {
        #expect(try fields("a\n\u{FEFF}b\n") == [["a"], ["\u{FEFF}b"]])
    }

    @Test func acceptsCRLFAndLoneCRLineEnds() throws {
        let expected = [CSVRecord(fields: ["a", "b"], line: 1), CSVRecord(fields: ["1", "2"], line: 2)]
        #expect(try records("a,b\r\n1,2\r\n") == expected)
        #expect(try records("a,b\r1,2\r") == expected)
        #expect(try records("a,b\r\n1,2\n") == expected)
    }

    @Test func readsALastRecordWithoutALineEnd() throws {
        #expect(try fields("a,b\n1,2") == [["a", "b"], ["1", "2"]])
        #expect(try fields("a,\"b\"") == [["a", "b"]])
        #expect(try fields("a,") == [["a", ""]])
    }

    @Test func readsNoRecordFromAnEmptyFile() throws {
        #expect(try records("") == [])
        #expect(try records("\u{FEFF}") == [])
        #expect(try records("\n\r\n") == [])
    }

    @Test func skipsBlankLinesAndATrailingEmptyLineButCountsThem() throws {
        #expect(
            try records("a\n\nb\r\n\r\n\rc\n\n") == [
                CSVRecord(fields: ["a"], line: 1),
                CSVRecord(fields: ["b"], line: 3),
                CSVRecord(fields: ["c"], line: 6),
            ])
    }

    @Test func startsEachRecordOnItsPhysicalLine() throws {
        let text = "id,description\n1,\"first\nsecond\r\nthird\"\n2,\"a\r\rb\"\n3,\"\"\"quoted\"\"\n\"\n4,x\n"
        #expect(try records(text).map(\.line) == [1, 2, 5, 8, 10])
    }

    // MARK: Chunk boundaries

    @Test func joinsAFieldSplitAcrossChunks() throws {
        let long = String(repeating: "é", count: 70_000)
        #expect(try fields("a,\(long),b\n\"\(long)\"\n") == [["a", long, "b"], [long]])
    }

    @Test func countsACRLFSplitAcrossChunksAsOneLineEnd() throws {
        for offset in 65_533...65_537 {
            let padding = String(repeating: "x", count: offset - 1)
            let quotedPadding = String(repeating: "x", count: offset - 2)
            #expect(try records("\(padding)\r\nnext\n").map(\.line) == [1, 2])
            #expect(try records("\"\(quotedPadding)\r\nend\"\nnext\n").map(\.line) == [1, 3])
        }
    }

    // MARK: Header

    @Test func readsTheHeader() throws {
        var reader = CSVReader(source: try TemporaryFile.source("\u{FEFF}description,channel\nBroken,email\n"))
        #expect(try reader.readHeader() == ["description", "channel"])
        #expect(try reader.nextRecord() == CSVRecord(fields: ["Broken", "email"], line: 2))
        #expect(try reader.nextRecord() == nil)
    }

    @Test func refusesAnEmptyFileAsHeader() throws {
        var reader = CSVReader(source: try TemporaryFile.source("\n"))
        #expect(throws: ReaderError.malformed(line: 1, reason: "expected a header row, found an empty file")) {
            try reader.readHeader()
        }
    }

    @Test func refusesADuplicateColumn() throws {
        var reader = CSVReader(source: try TemporaryFile.source("channel,description,channel\n"))
        #expect(throws: ReaderError.malformed(line: 1, reason: "duplicate column \"channel\" in the header")) {
            try reader.readHeader()
        }
    }

    // MARK: Errors

    @Test func refusesAQuoteInsideAnUnquotedField() {
        #expect(
            throws: ReaderError.malformed(
                line: 2,
                reason: "unexpected '\"' in an unquoted field (expected the whole field in quotes, its quotes doubled)")
        ) { try records("a,b\n1,ab\"c\n") }
    }

    @Test func refusesTextAfterAClosingQuote() {
        let error = ReaderError.malformed(line: 3, reason: "expected ',' or end of line after closing quote")
        #expect(throws: error) { try records("a,b\n1,2\n\"abc\"x,2\n") }
        #expect(throws: error) { try records("a,b\n1,\"two\nlines\" \n") }
    }

    @Test func refusesAnUnterminatedQuotedField() {
        #expect(throws: ReaderError.malformed(line: 7, reason: "unterminated quoted field (started on line 5)")) {
            try records("a\nb\nc\nd\n1,\"open\n\nend\n")
        }
        #expect(throws: ReaderError.malformed(line: 1, reason: "unterminated quoted field (started on line 1)")) {
            try records("1,\"open")
        }
        #expect(throws: ReaderError.malformed(line: 2, reason: "unterminated quoted field (started on line 1)")) {
            try records("\"a\"\"\n\"\"")
        }
    }

    @Test func refusesInvalidUTF8NamingTheFieldsLine() {
        #expect(throws: ReaderError.malformed(line: 2, reason: "invalid UTF-8 in field 2")) {
            try records(Array("a,b\n1,".utf8) + [0xFF] + Array("x\n".utf8))
        }
        #expect(throws: ReaderError.malformed(line: 2, reason: "invalid UTF-8 in field 3")) {
            try records(Array("a\n1,2,\"x\ny".utf8) + [0xC3] + Array("\"\n".utf8))
        }
        // An overlong encoding of '/' and a UTF-16 surrogate encoded as UTF-8 are invalid too.
        #expect(throws: ReaderError.malformed(line: 1, reason: "invalid UTF-8 in field 1")) {
            try records([0xC0, 0xAF])
        }
        #expect(throws: ReaderError.malformed(line: 1, reason: "invalid UTF-8 in field 1")) {
            try records([0xED, 0xA0, 0x80])
        }
    }

    @Test func refusesARecordOverTheSizeLimit() throws {
        #expect(throws: ReaderError.malformed(line: 2, reason: "record longer than 10 bytes")) {
            try records(Array("a\n\"12345\n78\n0123\n456\"\n".utf8), maximumRecordBytes: 10)
        }
        #expect(throws: ReaderError.malformed(line: 1, reason: "record longer than 10 bytes")) {
            try records(Array("123456,789012\n".utf8), maximumRecordBytes: 10)
        }
        #expect(try records(Array("12345,67890\n".utf8), maximumRecordBytes: 10).count == 1)
    }

    // MARK: Volume

    @Test func streamsAHundredThousandRows() throws {
        var text = "id,received_at,channel,category,description,tags\n"
        for row in 1...100_000 {
            text += "\(row),2026-11-21T14:30:00Z,email,billing,"
            text += row % 10 == 0 ? "\"Charged twice, \"\"again\"\"\nsee attached\"" : "Charged twice for order \(row)"
            text += ",late;refund\r\n"
        }
        let path = try TemporaryFile.write(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = CSVReader(source: try ByteSource.open(path: path))
        let clock = ContinuousClock()
        var rows = 0
        var last: CSVRecord?
        let elapsed = try clock.measure {
            #expect(try reader.readHeader().count == 6)
            while let record = try reader.nextRecord() {
                rows += 1
                if record.fields.count != 6 { Issue.record("row \(rows) has \(record.fields.count) fields") }
                last = record
            }
        }
        #expect(rows == 100_000)
        #expect(
            last
                == CSVRecord(
                    fields: [
                        "100000", "2026-11-21T14:30:00Z", "email", "billing", "Charged twice, \"again\"\nsee attached",
                        "late;refund",
                    ],
                    line: 110_000))
        let megabytes = Double(text.utf8.count) / 1_000_000
        let seconds = Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)
        print("CSVReader: \(rows) rows, \(megabytes) MB in \(elapsed): \(Int(megabytes / seconds)) MB/s")
    }
}

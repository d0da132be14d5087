import CmpltCore
import Foundation
import Testing

@Suite struct JSONLinesReaderTests {
    private func lines(_ text: String) throws -> [Int] {
        try JSONInput.objects(text).map(\.line)
    }

    @Test func readsOneObjectPerLineInFileOrder() throws {
        let objects = try JSONInput.objects(
            #"{"channel":"email","id":1}"# + "\n" + #"{"tags":["billing","late"],"description":"شکایت 😡"}"# + "\n")
        #expect(objects.map(\.line) == [1, 2])
        #expect(objects[0].members.map(\.key) == ["channel", "id"])
        #expect(objects[0]["id"] == .number("1"))
        #expect(objects[1]["tags"] == .array([.string("billing"), .string("late")]))
        #expect(objects[1]["description"] == .string("شکایت 😡"))
    }

    @Test func skipsBlankLinesButCountsThem() throws {
        #expect(try lines("\n{}\n   \n\t\r\n\n{\"a\":1}\n \n\n") == [2, 6])
    }

    @Test func acceptsCRLFAndALastLineWithoutALineEnd() throws {
        #expect(try lines("{\"a\":1}\r\n{\"a\":2}\r\n") == [1, 2])
        #expect(try lines("{\"a\":1}\n{\"a\":2}") == [1, 2])
        #expect(try lines("{\"a\":1}\r\n\r\n") == [1])
    }

    @Test func readsNothingFromAnEmptyOrBlankFile() throws {
        #expect(try lines("") == [])
        #expect(try lines("\u{FEFF}") == [])
        #expect(try lines("\n \r\n\t") == [])
    }

    @Test func skipsAByteOrderMarkAtTheStartOnly() throws {
        #expect(try lines("\u{FEFF}{\"a\":1}\n") == [1])
        #expect(throws: ReaderError.malformed(line: 2, reason: "invalid JSON: expected a value at column 1")) {
            try JSONInput.objects("{}\n\u{FEFF}{}\n")
        }
    }

    @Test func refusesALineThatIsNotAnObjectNamingTheLine() {
        let cases: [(String, String)] = [
            ("[1, 2]", "an array"), ("12", "a number"), ("\"text\"", "a string"), ("null", "null"),
            ("true", "true"), ("false", "false"),
        ]
        for (line, found) in cases {
            #expect(throws: ReaderError.malformed(line: 3, reason: "expected a JSON object, found \(found)")) {
                try JSONInput.objects("{}\n\n \(line) \n{}\n")
            }
        }
        #expect(
            throws: ReaderError.malformed(
                line: 1, reason: "invalid JSON: expected ',' or ']' after array element at end of line")
        ) {
            try JSONInput.objects("[1\n")
        }
    }

    @Test func reportsTheLineOfASyntaxError() {
        #expect(
            throws: ReaderError.malformed(line: 4, reason: "invalid JSON: expected ':' after object key at column 25")
        ) {
            try JSONInput.objects("{}\n{}\n\n{\"channel\":1,\"category\" \"x\"}\n{}\n")
        }
    }

    @Test func readsALineOfOneMebibyte() throws {
        let description = String(repeating: "شکایت ", count: 100_000) + String(repeating: "x", count: 1 << 19)
        let text = "{\"description\":\"\(description)\",\"n\":1}\n{\"n\":2}\n"
        let objects = try JSONInput.objects(text)
        #expect(objects.count == 2)
        #expect(objects[0]["description"] == .string(description))
        #expect(objects[1].line == 2)
    }

    @Test func refusesALineOverTheLengthLimit() {
        #expect(throws: ReaderError.malformed(line: 2, reason: "line longer than 16 bytes")) {
            try JSONInput.objects(Array("{\"a\":1}\n{\"a\":\"0123456789\"}\n".utf8), maximumLineBytes: 16)
        }
    }

    @Test func streamsAHundredThousandObjects() throws {
        var text = ""
        for row in 1...100_000 {
            text += #"{"id":\#(row),"received_at":"2026-11-21T14:30:00Z","channel":"email","category":"billing","#
            text += #""description":"Charged twice for order \#(row) \"again\" \u00e9 شکایت","tags":["late","refund"],"#
            text += #""severity":null,"score":-3.5e2}"# + "\n"
        }
        let path = try TemporaryFile.write(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = JSONLinesReader(source: try ByteSource.open(path: path))
        let clock = ContinuousClock()
        var count = 0
        var last: JSONLineObject?
        let elapsed = try clock.measure {
            while let object = try reader.nextObject() {
                count += 1
                last = object
            }
        }
        #expect(count == 100_000)
        #expect(last?.line == 100_000)
        #expect(last?["description"] == .string("Charged twice for order 100000 \"again\" é شکایت"))
        let megabytes = Double(text.utf8.count) / 1_000_000
        let seconds = Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)
        print("JSONLinesReader: \(count) objects, \(megabytes) MB in \(elapsed): \(Int(megabytes / seconds)) MB/s")
    }
}

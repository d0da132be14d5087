import Foundation
import Testing

@testable import CmpltCLI

@Suite struct JSONValueSerializationTests {
    /// Parses `text` with Foundation, failing the test when it is not valid JSON.
    private func parse(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    @Test func compactFormIsOneLineWithoutSpaces() {
        let value: JSONValue = ["id": 1, "tags": ["a", "b"], "ref": .null, "open": false, "empty": [], "none": [:]]
        #expect(value.serialized() == #"{"id":1,"tags":["a","b"],"ref":null,"open":false,"empty":[],"none":{}}"#)
    }

    @Test func prettyFormIndentsByTwoSpacesAndKeepsEmptyContainersOnOneLine() {
        let value: JSONValue = [
            "id": 1,
            "tags": ["a"],
            "events": [["kind": "log", "note": .null], [:]],
            "empty": [],
            "none": [:],
        ]
        let expected = """
            {
              "id": 1,
              "tags": [
                "a"
              ],
              "events": [
                {
                  "kind": "log",
                  "note": null
                },
                {}
              ],
              "empty": [],
              "none": {}
            }
            """
        #expect(value.serialized(pretty: true) == expected)
    }

    @Test func prettyTopLevelArrayAndScalars() {
        #expect(JSONValue.array([1, 2]).serialized(pretty: true) == "[\n  1,\n  2\n]")
        #expect(JSONValue.array([]).serialized(pretty: true) == "[]")
        #expect(JSONValue.string("x").serialized(pretty: true) == #""x""#)
        #expect(JSONValue.null.serialized(pretty: true) == "null")
    }

    @Test func writeAppendsToAnExistingBuffer() {
        var buffer = "["
        JSONValue.int(-3).write(to: &buffer)
        buffer += ","
        JSONValue.bool(true).write(to: &buffer, pretty: true)
        #expect(buffer == "[-3,true")
    }

    @Test func quotesAndBackslashesAreEscaped() {
        #expect(JSONValue.string(#"say "hi" \ bye"#).serialized() == #""say \"hi\" \\ bye""#)
    }

    @Test func everyControlCharacterIsEscaped() throws {
        let shortForms: [UInt32: String] = [0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#]
        for code in UInt32(0)..<0x20 {
            let scalar = Unicode.Scalar(code)!
            let text = JSONValue.string("a" + String(Character(scalar)) + "b").serialized()
            let hex = String(code, radix: 16)
            let expected = shortForms[code] ?? (#"\u00"# + (hex.count == 1 ? "0" + hex : hex))
            #expect(text == "\"a" + expected + "b\"", "U+\(hex)")
            #expect(try parse(text) as? String == "a" + String(Character(scalar)) + "b")
        }
    }

    @Test func controlCharacterNextToCarriageReturnInOneGraphemeIsEscapedOnce() throws {
        let text = JSONValue.string("x\r\ny\u{1}").serialized()
        #expect(text == #""x\r\ny\u0001""#)
        #expect(try parse(text) as? String == "x\r\ny\u{1}")
    }

    @Test func lineAndParagraphSeparatorsAreEscaped() {
        #expect(JSONValue.string("a\u{2028}b\u{2029}c").serialized() == #""a\u2028b\u2029c""#)
    }

    @Test func deleteAndOtherNonASCIIAreWrittenRaw() {
        #expect(JSONValue.string("\u{7F}\u{85}é").serialized() == "\"\u{7F}\u{85}é\"")
        #expect(JSONValue.string("\u{2027}\u{202A}").serialized() == "\"\u{2027}\u{202A}\"")
    }

    @Test func emojiAndPersianAreWrittenAsRawUTF8() throws {
        let value: JSONValue = ["شکایت": "شکایت از تأخیر 😡👨‍👩‍👧"]
        let text = value.serialized()
        #expect(text == #"{"شکایت":"شکایت از تأخیر 😡👨‍👩‍👧"}"#)
        let parsed = try #require(try parse(text) as? [String: Any])
        #expect(parsed["شکایت"] as? String == "شکایت از تأخیر 😡👨‍👩‍👧")
    }

    @Test func doublesUseTheShortestRoundTrippingForm() {
        let cases: [(Double, String)] = [
            (0.1, "0.1"), (2.35, "2.35"), (12.0, "12.0"), (-0.5, "-0.5"), (0, "0.0"),
            (1e15, "1000000000000000.0"), (0.0001, "0.0001"), (123456.78, "123456.78"),
            (1e16, "1e+16"), (1e-5, "1e-05"),
        ]
        for (value, expected) in cases {
            #expect(JSONValue.double(value).serialized() == expected)
        }
    }

    @Test func nonFiniteDoublesAreNull() {
        #expect(JSONValue.double(.nan).serialized() == "null")
        #expect(JSONValue.double(.infinity).serialized() == "null")
        #expect(JSONValue.array([.double(-.infinity)]).serialized() == "[null]")
    }

    @Test func integersCoverTheFullInt64Range() {
        #expect(JSONValue.int(.max).serialized() == "9223372036854775807")
        #expect(JSONValue.int(.min).serialized() == "-9223372036854775808")
    }

    @Test func outputParsesAndRoundTripsValues() throws {
        let strangeString = "tab\tquote\"back\\slash\u{1F}\u{2028}😀 شکایت"
        let value: JSONValue = [
            "id": 12, "score": 2.35, "tiny": 1e-7, "big": 1e300, "open": true, "ref": .null,
            "text": .string(strangeString), "tags": ["a", "b"], "nested": ["deep": [[:], []]],
        ]
        for pretty in [false, true] {
            let parsed = try #require(try parse(value.serialized(pretty: pretty)) as? [String: Any])
            #expect((parsed["id"] as? NSNumber)?.int64Value == 12)
            #expect((parsed["score"] as? NSNumber)?.doubleValue == 2.35)
            #expect((parsed["tiny"] as? NSNumber)?.doubleValue == 1e-7)
            #expect((parsed["big"] as? NSNumber)?.doubleValue == 1e300)
            #expect(parsed["open"] as? Bool == true)
            #expect(parsed["ref"] is NSNull)
            #expect(parsed["text"] as? String == strangeString)
            #expect(parsed["tags"] as? [String] == ["a", "b"])
            let nested = try #require(parsed["nested"] as? [String: Any])
            let deep = try #require(nested["deep"] as? [Any])
            #expect((deep[0] as? [String: Any])?.isEmpty == true)
            #expect((deep[1] as? [Any])?.isEmpty == true)
        }
    }

    @Test func compactOutputIsOneJSONLinesRecord() {
        let value: JSONValue = ["description": "line one\nline two", "items": [1, 2, [3]]]
        #expect(!value.serialized().contains("\n"))
    }
}

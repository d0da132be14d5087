import CmpltCore
import Foundation
import Testing

/// The strict JSON grammar, seen through ``JSONLinesReader`` one line at a time.
@Suite struct JSONParserTests {
    private func value(_ json: String) throws -> JSONScalar {
        guard case .object(let members) = try JSONInput.object("{\"v\":\(json)}"), members.count == 1 else {
            throw ReaderError.unreadable("expected one member")
        }
        return members[0].value
    }

    private func string(_ json: String) throws -> String {
        guard case .string(let text) = try value(json) else { throw ReaderError.unreadable("expected a string") }
        return text
    }

    private func invalid(_ reason: String) -> ReaderError {
        .malformed(line: 1, reason: "invalid JSON: \(reason)")
    }

    // MARK: Strings

    @Test func decodesEveryEscape() throws {
        let decoded = try string(#""\" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u20AC \u0000 \u001F \uFFFF""#)
        #expect(
            decoded.unicodeScalars.elementsEqual(
                "\" \\ / \u{8} \u{C} \n \r \t A é € \u{0} \u{1F} \u{FFFF}".unicodeScalars))
    }

    @Test func decodesSurrogatePairsInEitherCase() throws {
        #expect(try string(#""\uD83D\uDE00""#) == "😀")
        #expect(try string(#""\ud83d\ude00x""#) == "😀x")
        #expect(try string(#""\uDBFF\uDFFF""#).unicodeScalars.first?.value == 0x10FFFF)
    }

    @Test func keepsRawUTF8AndMixesItWithEscapes() throws {
        #expect(try string("\"شکایت 😡👍🏽\"") == "شکایت 😡👍🏽")
        #expect(try string(#""شکایت\n😀\"ok\" 🇮🇷""#) == "شکایت\n😀\"ok\" 🇮🇷")
        #expect(try string(#""""#) == "")
        #expect(
            try string("\"\\n\u{FEFF}x\\uFEFF\"").unicodeScalars.elementsEqual("\n\u{FEFF}x\u{FEFF}".unicodeScalars))
    }

    @Test func refusesLoneSurrogates() {
        let missingLow = "lone surrogate \\uD83D: expected a low surrogate \\uDC00-\\uDFFF after it at column 7"
        #expect(throws: invalid(missingLow)) { try value(#""\uD83D""#) }
        #expect(throws: invalid(missingLow)) { try value(#""\uD83Dx""#) }
        #expect(throws: invalid(missingLow)) { try value(#""\uD83D\u0041""#) }
        #expect(throws: invalid(missingLow)) { try value(#""\uD83D\uD83D""#) }
        #expect(
            throws: invalid("lone surrogate \\uDE00: expected a high surrogate \\uD800-\\uDBFF before it at column 8")
        ) {
            try value(#""x\uDE00""#)
        }
    }

    @Test func refusesMalformedEscapes() {
        let unknown = "expected one of \" \\ / b f n r t u after '\\' at column 7"
        #expect(throws: invalid(unknown)) { try value(#""\x""#) }
        #expect(throws: invalid(unknown)) { try value(#""\'""#) }
        #expect(throws: invalid(unknown)) { try value(#""\U0041""#) }
        #expect(throws: invalid("expected 4 hex digits after '\\u' at column 7")) { try value(#""\u12G4""#) }
        #expect(throws: invalid("expected 4 hex digits after '\\u' at column 7")) { try value(#""\u12"}"#) }
        #expect(throws: invalid("expected 4 hex digits after '\\u' at column 13")) { try value(#""\uD83D\uDE""#) }
    }

    @Test func refusesUnescapedControlCharactersAndUnterminatedStrings() {
        #expect(throws: invalid("control character U+0009 must be escaped in a string at column 8")) {
            try value("\"a\tb\"")
        }
        #expect(throws: invalid("control character U+0000 must be escaped in a string at column 9")) {
            try value("\"\\n\u{0}\"")
        }
        #expect(throws: invalid("unterminated string at column 6")) { try JSONInput.objects("{\"v\":\"abc") }
        #expect(throws: invalid("unterminated string at column 9")) { try JSONInput.objects("{\"v\":\"ab\\") }
    }

    @Test func refusesInvalidUTF8InAString() {
        let line = Array("{\"v\":\"ok ".utf8) + [0xE2, 0x82] + Array("\"}".utf8)
        #expect(throws: invalid("invalid UTF-8 in string at column 6")) { try JSONInput.objects(line) }
        let escaped = Array("{\"v\":\"\\n".utf8) + [0xFF] + Array("\"}".utf8)
        #expect(throws: invalid("invalid UTF-8 in string at column 6")) { try JSONInput.objects(escaped) }
    }

    // MARK: Numbers and literals

    @Test func keepsTheTextOfValidNumbers() throws {
        let numbers = [
            "0", "-0", "7", "12", "-3.5e2", "0.5", "1E+10", "1e-5", "2.50", "-0.0e0", "123456789012345678901234567890",
        ]
        for number in numbers {
            #expect(try value(number) == .number(number))
        }
        #expect(try value(" 12 ") == .number("12"))
    }

    @Test func refusesNumbersOutsideTheGrammar() {
        let leadingZero = "expected '.', 'e' or the end of the number after a leading zero at column 7"
        #expect(throws: invalid(leadingZero)) { try value("01") }
        #expect(throws: invalid("expected '.', 'e' or the end of the number after a leading zero at column 8")) {
            try value("-01")
        }
        #expect(throws: invalid("expected a digit after '.' in number at column 8")) { try value("1.") }
        #expect(throws: invalid("expected a digit after '.' in number at column 8")) { try value("1.e5") }
        #expect(throws: invalid("expected a value at column 6")) { try value(".5") }
        #expect(throws: invalid("expected a value at column 6")) { try value("+1") }
        #expect(throws: invalid("expected a digit after '-' at column 7")) { try value("-") }
        #expect(throws: invalid("expected a digit after '-' at column 7")) { try value("-Infinity") }
        #expect(throws: invalid("expected a digit in the exponent of number at column 8")) { try value("1e") }
        #expect(throws: invalid("expected a digit in the exponent of number at column 9")) { try value("1e+") }
        #expect(throws: invalid("expected a value at column 6")) { try value("NaN") }
        #expect(throws: invalid("expected ',' or '}' after object member at column 7")) { try value("0x10") }
        #expect(throws: invalid("expected ',' or '}' after object member at column 9")) { try value("1.5.2") }
    }

    @Test func readsLiteralsExactly() throws {
        #expect(try value("true") == .bool(true))
        #expect(try value("false") == .bool(false))
        #expect(try value("null") == .null)
        #expect(throws: invalid("expected 'true' at column 6")) { try value("tru") }
        #expect(throws: invalid("expected 'null' at column 6")) { try value("nul") }
        #expect(throws: invalid("expected a value at column 6")) { try value("True") }
        #expect(throws: invalid("expected ',' or '}' after object member at column 10")) { try value("truex") }
    }

    // MARK: Structure

    @Test func keepsArraysAndNestedObjectsInOrder() throws {
        #expect(
            try JSONInput.object(#"{"tags":["billing","late"],"meta":{"z":1,"a":[{},[]]},"n":null}"#)
                == .object([
                    ("tags", .array([.string("billing"), .string("late")])),
                    ("meta", .object([("z", .number("1")), ("a", .array([.object([]), .array([])]))])),
                    ("n", .null),
                ]))
    }

    @Test func acceptsAllFourWhitespaceCharacters() throws {
        #expect(
            try JSONInput.object(" \t{ \r\"a\" \t: [ 1 ,\r2 ] }\r ")
                == .object([("a", .array([.number("1"), .number("2")]))]))
    }

    @Test func namesWhatWasExpectedAndWhere() {
        #expect(throws: invalid("expected ':' after object key at column 6")) { try JSONInput.objects(#"{"a" 1}"#) }
        #expect(throws: invalid("expected a string key at column 8")) { try JSONInput.objects(#"{"a":1,}"#) }
        #expect(throws: invalid("expected a string key at column 2")) { try JSONInput.objects(#"{a:1}"#) }
        #expect(throws: invalid("expected a string key at column 2")) { try JSONInput.objects(#"{'a':1}"#) }
        #expect(throws: invalid("expected ',' or '}' after object member at column 8")) {
            try JSONInput.objects(#"{"a":1 "b":2}"#)
        }
        #expect(throws: invalid("expected a value at column 9")) { try JSONInput.objects(#"{"a":[1,]}"#) }
        #expect(throws: invalid("expected ',' or ']' after array element at column 9")) {
            try JSONInput.objects(#"{"a":[1 2]}"#)
        }
        #expect(throws: invalid("expected the end of the line after the value at column 8")) {
            try JSONInput.objects(#"{"a":1}}"#)
        }
        #expect(throws: invalid("expected the end of the line after the value at column 10")) {
            try JSONInput.objects(#"{"a":1}  x"#)
        }
        #expect(throws: invalid("expected a string key at end of line")) { try JSONInput.objects("{") }
        #expect(throws: invalid("expected a value at end of line")) { try JSONInput.objects(#"{"a":"#) }
        #expect(throws: invalid("expected ',' or '}' after object member at end of line")) {
            try JSONInput.objects(#"{"a":1"#)
        }
    }

    @Test func countsColumnsInCharactersNotBytes() {
        #expect(throws: invalid("expected ':' after object key at column 10")) {
            try JSONInput.objects(#"{"شکایت" 1}"#)
        }
        #expect(throws: invalid("expected a value at column 7")) { try JSONInput.objects(#"{"😀":[x]}"#) }
    }

    @Test func refusesDuplicateKeysAtAnyDepth() throws {
        #expect(throws: invalid("duplicate key \"a\" at column 8")) { try JSONInput.objects(#"{"a":1,"a":2}"#) }
        #expect(throws: invalid("duplicate key \"a\" at column 8")) { try JSONInput.objects(#"{"a":1,"\u0061":2}"#) }
        #expect(throws: invalid("duplicate key \"k\" at column 14")) {
            try JSONInput.objects(#"{"o":{"k":1, "k":2}}"#)
        }
        #expect(throws: invalid("duplicate key \"é\" at column 8")) {
            try JSONInput.objects("{\"é\":1,\"e\u{301}\":2}")
        }
        #expect(throws: invalid("duplicate key \"line\\nbreak\" at column 19")) {
            try JSONInput.objects(#"{"line\nbreak":1, "line\nbreak":2}"#)
        }
        #expect(try JSONInput.object(#"{"a":{"k":1},"b":{"k":2},"k":[{"k":3}]}"#) != .object([]))
    }

    @Test func refusesDuplicateKeysInLargeObjects() throws {
        let members = (0..<100).map { "\"key\($0)\":\($0)" }
        #expect(try JSONInput.object("{" + members.joined(separator: ",") + "}") != .object([]))
        for duplicate in [0, 15, 16, 17, 99] {
            let line = "{" + members.joined(separator: ",") + ",\"key\(duplicate)\":0}"
            let column = line.count - "\"key\(duplicate)\":0}".count + 1
            #expect(throws: invalid("duplicate key \"key\(duplicate)\" at column \(column)")) {
                try JSONInput.objects(line)
            }
        }
        for count in [15, 16, 17] {
            let line = "{" + members.prefix(count).joined(separator: ",") + ",\"key\(count - 1)\":0}"
            #expect(throws: ReaderError.self) { try JSONInput.objects(line) }
        }
    }

    @Test func nestsUpToSixtyFourLevels() throws {
        let deepest = "{\"v\":" + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + "}"
        #expect(try JSONInput.objects(deepest).count == 1)
        let tooDeep = "{\"v\":" + String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "}"
        #expect(throws: invalid("expected at most 64 nested arrays and objects at column 69")) {
            try JSONInput.objects(tooDeep)
        }
        let objects = String(repeating: "{\"v\":", count: 65) + "1" + String(repeating: "}", count: 65)
        #expect(throws: invalid("expected at most 64 nested arrays and objects at column 321")) {
            try JSONInput.objects(objects)
        }
    }

    @Test func survivesHostileNesting() {
        let hostile = "{\"v\":" + String(repeating: "[", count: 1_000_000)
        #expect(throws: invalid("expected at most 64 nested arrays and objects at column 69")) {
            try JSONInput.objects(hostile)
        }
    }

    // MARK: Cross-check with Foundation

    @Test func agreesWithJSONSerializationOnRandomObjects() throws {
        var generator = RandomJSON(seed: 0x5EED)
        for _ in 0..<200 {
            let (text, expected) = generator.object(depth: 0)
            #expect(!text.contains("\n"))
            let ours = try JSONInput.object(text)
            #expect(ours == expected, "\(text)")
            let theirs = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            #expect(RandomJSON.matches(ours, theirs), "\(text)")

            let reserialized = try JSONSerialization.data(withJSONObject: theirs)
            let again = try JSONInput.object(String(decoding: reserialized, as: UTF8.self))
            #expect(RandomJSON.matches(again, theirs), "\(text)")
        }
    }
}

/// Random JSON texts written with every liberty the grammar allows, each with the value it means.
private struct RandomJSON {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A SplitMix64 step: a reproducible sequence, so a failure can be replayed.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    private mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    private mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    private mutating func whitespace() -> String {
        String((0..<below(3)).map { _ in [" ", "\t", "\r"][below(3)] })
    }

    mutating func object(depth: Int) -> (String, JSONScalar) {
        var members: [(key: String, value: JSONScalar)] = []
        var parts: [String] = []
        for index in 0..<below(depth == 0 ? 8 : 4) + (depth == 0 ? 1 : 0) {
            let (keyText, key) = string(prefix: "k\(index)")
            let (valueText, value) = self.value(depth: depth + 1)
            members.append((key, value))
            parts.append(whitespace() + keyText + whitespace() + ":" + whitespace() + valueText + whitespace())
        }
        return ("{" + whitespace() + parts.joined(separator: ",") + "}", .object(members))
    }

    private mutating func value(depth: Int) -> (String, JSONScalar) {
        switch below(depth < 4 ? 7 : 5) {
        case 0: return ("null", .null)
        case 1: return chance(50) ? ("true", .bool(true)) : ("false", .bool(false))
        case 2:
            let text = number()
            return (text, .number(text))
        case 3, 4:
            let (text, decoded) = string(prefix: "")
            return (text, .string(decoded))
        case 5:
            var texts: [String] = []
            var elements: [JSONScalar] = []
            for _ in 0..<below(4) {
                let (text, element) = value(depth: depth + 1)
                texts.append(whitespace() + text + whitespace())
                elements.append(element)
            }
            return ("[" + whitespace() + texts.joined(separator: ",") + "]", .array(elements))
        default: return object(depth: depth)
        }
    }

    private mutating func number() -> String {
        var text = chance(30) ? "-" : ""
        text +=
            chance(20) ? "0" : String(1 + below(9)) + String((0..<below(12)).map { _ in Character(String(below(10))) })
        if chance(40) { text += "." + String((0..<1 + below(4)).map { _ in Character(String(below(10))) }) }
        if chance(30) { text += ["e", "E"][below(2)] + ["", "+", "-"][below(3)] + String(below(20)) }
        return text
    }

    /// The characters strings are made of. U+FEFF is left out: JSONSerialization on Linux drops it
    /// after an escape sequence (`keepsRawUTF8AndMixesItWithEscapes` checks that we keep it).
    private static let palette: [Unicode.Scalar] = [
        "a", "Z", "5", " ", "\"", "\\", "/", "\u{0}", "\u{8}", "\u{9}", "\u{A}", "\u{C}", "\u{D}", "\u{1F}", "\u{7F}",
        "é", "ش", "ک", "ا", "ی", "ت", "\u{200C}", "\u{2028}", "\u{FFFD}", "€", "😀", "👍", "\u{1F3FD}", "\u{10FFFF}",
    ]

    private mutating func string(prefix: String) -> (String, String) {
        var text = "\"" + prefix
        var scalars = String.UnicodeScalarView(prefix.unicodeScalars)
        for _ in 0..<below(10) {
            let scalar = Self.palette[below(Self.palette.count)]
            scalars.append(scalar)
            text += encode(scalar)
        }
        return (text + "\"", String(scalars))
    }

    private mutating func encode(_ scalar: Unicode.Scalar) -> String {
        let short: [Unicode.Scalar: String] = [
            "\"": #"\""#, "\\": #"\\"#, "/": #"\/"#, "\u{8}": #"\b"#, "\u{C}": #"\f"#, "\u{A}": #"\n"#, "\u{D}": #"\r"#,
            "\u{9}": #"\t"#,
        ]
        let mustEscape = scalar == "\"" || scalar == "\\" || scalar.value < 0x20
        if !mustEscape && chance(60) { return String(scalar) }
        if let escape = short[scalar], chance(60) { return escape }
        let units = scalar.utf16.map { unit in
            let digits = String(unit, radix: 16, uppercase: chance(50))
            return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        }
        return units.joined()
    }

    /// Whether `ours` means the same as what `JSONSerialization` made of the same text.
    static func matches(_ ours: JSONScalar, _ theirs: Any) -> Bool {
        switch ours {
        case .null:
            return theirs is NSNull
        case .bool(let flag):
            return (theirs as? Bool) == flag
        case .number(let text):
            // Foundation's decimal conversion is not always correctly rounded: allow for its last bits.
            guard let theirs = (theirs as? NSNumber)?.doubleValue, let ours = Double(text) else { return false }
            return abs(theirs - ours) <= 1e-12 * max(abs(theirs), abs(ours))
        case .string(let text):
            return (theirs as? String)?.unicodeScalars.elementsEqual(text.unicodeScalars) == true
        case .array(let elements):
            guard let array = theirs as? [Any], array.count == elements.count else { return false }
            return zip(elements, array).allSatisfy { matches($0, $1) }
        case .object(let members):
            guard let dictionary = theirs as? [String: Any], dictionary.count == members.count else { return false }
            return members.allSatisfy { member in dictionary[member.key].map { matches(member.value, $0) } ?? false }
        }
    }
}

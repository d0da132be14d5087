/// A strict RFC 8259 parser for one line of a JSON Lines file, which must hold one JSON object.
///
/// It works on the line's UTF-8 bytes: every string escape (surrogate pairs included; a lone
/// surrogate is an error), the exact number grammar, no duplicate keys (compared as Swift strings,
/// so canonically equivalent keys are duplicates), and at most ``maximumDepth`` nested arrays and
/// objects, so hostile input cannot exhaust the stack. Errors name the line and the column
/// (counted in Unicode scalars, from 1):
///
/// ```swift
/// let members = try bytes.withUnsafeBufferPointer { (line) throws(ReaderError) in
///     try JSONParser.parseObject(line, line: 2)
/// }
/// // {"a" 1} throws: line 2: invalid JSON: expected ':' after object key at column 6
/// ```
struct JSONParser {
    /// How many arrays and objects may nest, the line's object included.
    static let maximumDepth = 64
    /// Up to how many members an object's keys are checked for duplicates by a linear search,
    /// which is faster than hashing for the small objects import files hold.
    private static let linearSearchLimit = 16

    private let bytes: UnsafeBufferPointer<UInt8>
    private let line: Int
    private var index = 0
    private var depth = 0
    /// The decoded bytes of a string with escapes, reused from string to string.
    private var unescaped: [UInt8] = []

    private init(bytes: UnsafeBufferPointer<UInt8>, line: Int) {
        self.bytes = bytes
        self.line = line
    }

    /// Parses `bytes`, one line without its line end, as a JSON object, and returns its members in order.
    ///
    /// ```swift
    /// // {"id": 1, "tags": []} → [("id", .number("1")), ("tags", .array([]))]
    /// ```
    static func parseObject(
        _ bytes: UnsafeBufferPointer<UInt8>, line: Int
    ) throws(ReaderError) -> [(key: String, value: JSONScalar)] {
        var parser = JSONParser(bytes: bytes, line: line)
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.index == bytes.count else { throw parser.error("expected the end of the line after the value") }
        guard case .object(let members) = value else {
            throw .malformed(line: line, reason: "expected a JSON object, found \(describe(value))")
        }
        return members
    }

    private static func describe(_ value: JSONScalar) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    private mutating func parseValue() throws(ReaderError) -> JSONScalar {
        skipWhitespace()
        guard index < bytes.count else { throw error("expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case UInt8(ascii: "t"):
            try parseLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try parseLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try parseLiteral("null")
            return .null
        default: throw error("expected a value")
        }
    }

    private mutating func parseObject() throws(ReaderError) -> JSONScalar {
        try enterContainer()
        var members: [(key: String, value: JSONScalar)] = []
        var manyKeys = Set<String>()
        if skipClosing(UInt8(ascii: "}")) { return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a string key") }
            let keyStart = index
            let key = try parseString()
            guard isNew(key, among: members, manyKeys: &manyKeys) else {
                throw error("duplicate key \(key.debugDescription)", at: keyStart)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("expected ':' after object key")
            }
            index += 1
            members.append((key, try parseValue()))
            if try skipCommaOrClosing(UInt8(ascii: "}"), expecting: "',' or '}' after object member") {
                return .object(members)
            }
        }
    }

    /// Whether `key` is not yet among the keys of `members`: a linear search for a small object, then
    /// a look-up in `manyKeys`, which holds all the keys once the object outgrows the linear search.
    private func isNew(
        _ key: String, among members: [(key: String, value: JSONScalar)], manyKeys: inout Set<String>
    ) -> Bool {
        guard members.count >= Self.linearSearchLimit else { return !members.contains { $0.key == key } }
        if manyKeys.isEmpty { manyKeys = Set(members.map(\.key)) }
        return manyKeys.insert(key).inserted
    }

    private mutating func parseArray() throws(ReaderError) -> JSONScalar {
        try enterContainer()
        var elements: [JSONScalar] = []
        if skipClosing(UInt8(ascii: "]")) { return .array(elements) }
        while true {
            elements.append(try parseValue())
            if try skipCommaOrClosing(UInt8(ascii: "]"), expecting: "',' or ']' after array element") {
                return .array(elements)
            }
        }
    }

    /// Steps over the opening bracket or brace, refusing to nest deeper than ``maximumDepth``.
    private mutating func enterContainer() throws(ReaderError) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw error("expected at most \(Self.maximumDepth) nested arrays and objects")
        }
        index += 1
    }

    /// After whitespace, consumes the closing bracket or brace `closing` if it is next.
    private mutating func skipClosing(_ closing: UInt8) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == closing else { return false }
        index += 1
        depth -= 1
        return true
    }

    /// After a member or element: consumes `closing` and returns `true`, or a comma and returns
    /// `false`; anything else is an error naming `expectation`.
    private mutating func skipCommaOrClosing(_ closing: UInt8, expecting expectation: String) throws(ReaderError)
        -> Bool
    {
        if skipClosing(closing) { return true }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { throw error("expected \(expectation)") }
        index += 1
        return false
    }

    private mutating func parseString() throws(ReaderError) -> String {
        let opening = index
        index += 1
        let start = index
        skipPlainStringBytes()
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            index += 1
            return try validatedString(UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), startingAt: opening)
        }
        unescaped.removeAll(keepingCapacity: true)
        unescaped.append(contentsOf: bytes[start..<index])
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                return try unescaped.withUnsafeBufferPointer { (utf8) throws(ReaderError) in
                    try validatedString(utf8, startingAt: opening)
                }
            case UInt8(ascii: "\\"):
                try parseEscape()
            case 0..<0x20:
                throw error("control character U+\(hex(UInt16(bytes[index]))) must be escaped in a string")
            default:
                let run = index
                skipPlainStringBytes()
                unescaped.append(contentsOf: bytes[run..<index])
            }
        }
        throw error("unterminated string", at: opening)
    }

    /// Advances over string bytes that need no decoding: up to a quote, a backslash or a control character.
    private mutating func skipPlainStringBytes() {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return }
            index += 1
        }
    }

    private func validatedString(
        _ utf8: UnsafeBufferPointer<UInt8>, startingAt opening: Int
    ) throws(ReaderError) -> String {
        guard let string = String(checkedUTF8: utf8) else {
            throw error("invalid UTF-8 in string", at: opening)
        }
        return string
    }

    /// Decodes the escape sequence at `index` into `unescaped`.
    private mutating func parseEscape() throws(ReaderError) {
        let escape = index
        index += 1
        guard index < bytes.count else { throw error("unterminated string", at: escape) }
        let letter = bytes[index]
        index += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(letter)
        case UInt8(ascii: "b"): unescaped.append(0x08)
        case UInt8(ascii: "f"): unescaped.append(0x0C)
        case UInt8(ascii: "n"): unescaped.append(0x0A)
        case UInt8(ascii: "r"): unescaped.append(0x0D)
        case UInt8(ascii: "t"): unescaped.append(0x09)
        case UInt8(ascii: "u"):
            let scalar = try parseUnicodeEscape(startingAt: escape)
            UTF8.encode(scalar) { unescaped.append($0) }
        default:
            throw error("expected one of \" \\ / b f n r t u after '\\'", at: escape)
        }
    }

    /// Reads the four hex digits of a `\u` escape, and the low half that must follow a high surrogate.
    private mutating func parseUnicodeEscape(startingAt escape: Int) throws(ReaderError) -> Unicode.Scalar {
        let unit = try parseHexDigits(startingAt: escape)
        switch unit {
        case 0xD800...0xDBFF:
            let lowEscape = index
            if bytes.count - index >= 2, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                index += 2
                let low = try parseHexDigits(startingAt: lowEscape)
                if 0xDC00...0xDFFF ~= low {
                    return Unicode.Scalar(0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00))!
                }
            }
            throw error(
                "lone surrogate \\u\(hex(unit)): expected a low surrogate \\uDC00-\\uDFFF after it", at: escape)
        case 0xDC00...0xDFFF:
            throw error(
                "lone surrogate \\u\(hex(unit)): expected a high surrogate \\uD800-\\uDBFF before it", at: escape)
        default:
            return Unicode.Scalar(unit)!
        }
    }

    private mutating func parseHexDigits(startingAt escape: Int) throws(ReaderError) -> UInt16 {
        guard bytes.count - index >= 4 else { throw error("expected 4 hex digits after '\\u'", at: escape) }
        var value: UInt16 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("expected 4 hex digits after '\\u'", at: escape)
            }
            value = value << 4 | UInt16(digit)
        }
        index += 4
        return value
    }

    /// Reads `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` and returns its text.
    private mutating func parseNumber() throws(ReaderError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit() else { throw error("expected a digit after '-'") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            guard !isDigit() else { throw error("expected '.', 'e' or the end of the number after a leading zero") }
        } else {
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit() else { throw error("expected a digit after '.' in number") }
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard isDigit() else { throw error("expected a digit in the exponent of number") }
            skipDigits()
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func isDigit() -> Bool {
        index < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
    }

    private mutating func skipDigits() {
        while isDigit() { index += 1 }
    }

    private mutating func parseLiteral(_ literal: String) throws(ReaderError) {
        let end = index + literal.utf8.count
        guard end <= bytes.count, bytes[index..<end].elementsEqual(literal.utf8) else {
            throw error("expected '\(literal)'")
        }
        index = end
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): index += 1
            default: return
            }
        }
    }

    /// An error for the problem at `position` (the current one by default), with its column in
    /// Unicode scalars, or "at end of line" there.
    private func error(_ problem: String, at position: Int? = nil) -> ReaderError {
        let position = position ?? index
        guard position < bytes.count else {
            return .malformed(line: line, reason: "invalid JSON: \(problem) at end of line")
        }
        let column = bytes[..<position].reduce(1) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
        return .malformed(line: line, reason: "invalid JSON: \(problem) at column \(column)")
    }

    private func hex(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}

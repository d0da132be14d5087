/// JSON text output: compact (one line, for JSON Lines) or pretty (two-space indentation).
///
/// Strings are escaped per RFC 8259 plus U+2028 and U+2029; other non-ASCII text is written
/// as raw UTF-8. Doubles use Swift's shortest round-tripping `description` (`12.0`, `0.1`),
/// which is positional for magnitudes from 1e-4 up to 2^53 and uses a valid JSON exponent
/// (`1e+16`) outside that range; non-finite doubles are written as `null`.
///
/// ```swift
/// let value: JSONValue = ["id": 1, "tags": ["a", "b"]]
/// value.serialized()              // {"id":1,"tags":["a","b"]}
/// value.serialized(pretty: true)  // {\n  "id": 1,\n  "tags": [\n    "a",\n    "b"\n  ]\n}
/// ```
extension JSONValue {
    /// Returns the value as JSON text, without a trailing newline.
    func serialized(pretty: Bool = false) -> String {
        var text = ""
        write(to: &text, pretty: pretty)
        return text
    }

    /// Appends the value as JSON text to `buffer`, without a trailing newline.
    func write(to buffer: inout String, pretty: Bool = false) {
        write(to: &buffer, pretty: pretty, depth: 0)
    }

    /// Appends the value nested `depth` levels deep, which sets the pretty indentation.
    func write(to buffer: inout String, pretty: Bool, depth: Int) {
        switch self {
        case .null:
            buffer += "null"
        case .bool(let value):
            buffer += value ? "true" : "false"
        case .int(let value):
            buffer += String(value)
        case .double(let value):
            buffer += value.isFinite ? value.description : "null"
        case .string(let value):
            Self.writeString(value, to: &buffer)
        case .array(let elements):
            Self.writeContainer(elements, brackets: ("[", "]"), to: &buffer, pretty: pretty, depth: depth) {
                element, buffer in
                element.write(to: &buffer, pretty: pretty, depth: depth + 1)
            }
        case .object(let members):
            Self.writeContainer(members, brackets: ("{", "}"), to: &buffer, pretty: pretty, depth: depth) {
                member, buffer in
                Self.writeString(member.0, to: &buffer)
                buffer += pretty ? ": " : ":"
                member.1.write(to: &buffer, pretty: pretty, depth: depth + 1)
            }
        }
    }

    /// Appends an array or object: brackets, commas, and in pretty form one element per line.
    private static func writeContainer<Elements: Collection>(
        _ elements: Elements,
        brackets: (open: String, close: String),
        to buffer: inout String,
        pretty: Bool,
        depth: Int,
        writeElement: (Elements.Element, inout String) -> Void
    ) {
        buffer += brackets.open
        guard !elements.isEmpty else {
            buffer += brackets.close
            return
        }
        var isFirst = true
        for element in elements {
            if !isFirst {
                buffer += ","
            }
            isFirst = false
            if pretty {
                writeNewline(indentedBy: depth + 1, to: &buffer)
            }
            writeElement(element, &buffer)
        }
        if pretty {
            writeNewline(indentedBy: depth, to: &buffer)
        }
        buffer += brackets.close
    }

    /// Appends a line break followed by two spaces per nesting level.
    private static func writeNewline(indentedBy depth: Int, to buffer: inout String) {
        buffer += "\n" + String(repeating: "  ", count: depth)
    }

    /// Appends `string` in double quotes, escaping what RFC 8259 requires plus U+2028/U+2029.
    private static func writeString(_ string: String, to buffer: inout String) {
        buffer += "\""
        // Every scalar that needs escaping starts with one of these bytes (0xE2 leads U+2028/9).
        if string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            buffer.append(string, escaping: escapeSequence)
        } else {
            buffer += string
        }
        buffer += "\""
    }

    /// The escape sequence for `scalar`, or `nil` when it is written as is.
    private static func escapeSequence(for scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\u{08}": return "\\b"
        case "\u{0C}": return "\\f"
        case "\u{2028}": return "\\u2028"
        case "\u{2029}": return "\\u2029"
        case _ where scalar.value < 0x20:
            let hex = String(scalar.value, radix: 16)
            return (scalar.value < 0x10 ? "\\u000" : "\\u00") + hex
        default: return nil
        }
    }
}

/// Literal syntax for building JSON values, e.g. `["id": 1, "tags": ["a", "b"]]`.
///
/// A dictionary literal keeps its keys in the order written, like ``JSONValue/object(_:)``.
extension JSONValue: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    /// Creates ``bool(_:)`` from `true` or `false`.
    init(booleanLiteral value: Bool) {
        self = .bool(value)
    }

    /// Creates ``int(_:)`` from a whole-number literal.
    init(integerLiteral value: Int64) {
        self = .int(value)
    }

    /// Creates ``double(_:)`` from a decimal literal.
    init(floatLiteral value: Double) {
        self = .double(value)
    }

    /// Creates ``string(_:)`` from a string literal.
    init(stringLiteral value: String) {
        self = .string(value)
    }

    /// Creates ``array(_:)`` from an array literal.
    init(arrayLiteral elements: JSONValue...) {
        self = .array(elements)
    }

    /// Creates ``object(_:)`` from a dictionary literal, keeping its key order.
    init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(elements)
    }
}

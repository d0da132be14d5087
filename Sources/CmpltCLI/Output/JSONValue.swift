/// A JSON document whose objects keep their keys in the order they were given.
///
/// Build values with the cases or the literal syntax, then serialise them with
/// ``serialized(pretty:)``:
///
/// ```swift
/// let complaint: JSONValue = ["id": .int(7), "ref": .optional(ref), "tags": ["billing"]]
/// ```
enum JSONValue: Equatable, Sendable {
    /// The JSON `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number, written without a decimal point.
    case int(Int64)
    /// A floating-point number; non-finite values are written as `null`.
    case double(Double)
    /// A string, escaped on output.
    case string(String)
    /// An ordered list of values.
    case array([JSONValue])
    /// Key–value pairs in output order; keys are expected to be unique.
    case object([(String, JSONValue)])

    /// A string, or `null` when `value` is `nil`.
    static func optional(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// A whole number, or `null` when `value` is `nil`.
    static func optional(_ value: Int64?) -> JSONValue {
        value.map(JSONValue.int) ?? .null
    }

    /// A floating-point number, or `null` when `value` is `nil`.
    static func optional(_ value: Double?) -> JSONValue {
        value.map(JSONValue.double) ?? .null
    }

    /// A Boolean, or `null` when `value` is `nil`.
    static func optional(_ value: Bool?) -> JSONValue {
        value.map(JSONValue.bool) ?? .null
    }

    /// Compares structurally; objects are equal only with the same keys in the same order.
    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null):
            return true
        case (.bool(let a), .bool(let b)):
            return a == b
        case (.int(let a), .int(let b)):
            return a == b
        case (.double(let a), .double(let b)):
            return a == b
        case (.string(let a), .string(let b)):
            return a == b
        case (.array(let a), .array(let b)):
            return a == b
        case (.object(let a), .object(let b)):
            return a.elementsEqual(b) { $0.0 == $1.0 && $0.1 == $1.1 }
        default:
            return false
        }
    }
}

/// A JSON value as read from an import file, with numbers kept as their literal text.
///
/// Keeping a number's text leaves the choice of type (an integer id, a score, a decimal) to the
/// caller and loses no precision. Objects keep their members in file order; two objects are equal
/// only with the same members in the same order.
///
/// ```swift
/// let tags = JSONScalar.array([.string("billing"), .string("urgent")])
/// if case .number(let text) = value, let score = Int(text) { … }
/// ```
public enum JSONScalar: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The number's literal text, e.g. `12` or `-3.5e2`.
    case number(String)
    case string(String)
    case array([JSONScalar])
    /// The members in file order; keys are unique.
    case object([(key: String, value: JSONScalar)])

    public static func == (lhs: JSONScalar, rhs: JSONScalar) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let left), .bool(let right)): left == right
        case (.number(let left), .number(let right)): left == right
        case (.string(let left), .string(let right)): left == right
        case (.array(let left), .array(let right)): left == right
        case (.object(let left), .object(let right)):
            left.elementsEqual(right) { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }
}

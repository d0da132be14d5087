/// A closed vocabulary stored and typed as its raw text, such as ``State`` or ``Severity``.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {
    /// What one value is called in messages, e.g. `severity`.
    static var noun: String { get }
}

extension Vocabulary {
    /// Every value's text, in declaration order.
    public static var names: [String] { allCases.map(\.rawValue) }

    /// The value named `text`, or an invalid-input error that lists the valid names.
    public static func parse(_ text: String) throws(CmpltError) -> Self {
        guard let value = Self(rawValue: text) else {
            throw .invalidInput("'\(text)' is not a valid \(noun); expected one of: \(names.joined(separator: ", "))")
        }
        return value
    }
}

/// A value SQLite can store: what statements bind and what rows hold.
public enum SQLValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

extension SQLValue {
    /// Text, or `null` for `nil`.
    public static func text(_ value: String?) -> SQLValue {
        value.map(SQLValue.text) ?? .null
    }

    /// An integer, or `null` for `nil`.
    public static func integer(_ value: Int64?) -> SQLValue {
        value.map(SQLValue.integer) ?? .null
    }
}

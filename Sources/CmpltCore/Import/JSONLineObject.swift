/// One object read from a JSON Lines file: its members in file order, and the line it is on.
///
/// ```swift
/// // line 4 of the file: {"channel": "email", "tags": ["billing"]}
/// object.line              // 4
/// object["channel"]        // .string("email")
/// object.members.map(\.key)  // ["channel", "tags"]
/// ```
public struct JSONLineObject: Sendable {
    /// The 1-based physical line the object is on.
    public var line: Int
    /// The members in file order; keys are unique.
    public var members: [(key: String, value: JSONScalar)]

    /// An object with `members`, read from `line`.
    ///
    /// ```swift
    /// let object = JSONLineObject(line: 1, members: [(key: "channel", value: .string("email"))])
    /// ```
    public init(line: Int, members: [(key: String, value: JSONScalar)]) {
        self.line = line
        self.members = members
    }

    /// The value of the member named `key`, or `nil` if there is none.
    ///
    /// ```swift
    /// guard case .string(let channel)? = object["channel"] else { … }
    /// ```
    public subscript(key: String) -> JSONScalar? {
        members.first { $0.key == key }?.value
    }
}

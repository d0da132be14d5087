/// One row of an import file: the physical line it starts on and its values by column name.
public struct ImportRecord: Sendable {
    /// The 1-based line where the record starts (the CSV header is line 1).
    public var line: Int
    /// Values by column or key, in file order.
    public var fields: [(name: String, value: ImportValue)]
    /// What makes the row unreadable as a complaint before its values are looked at (a CSV
    /// row with the wrong number of fields, a JSON value of the wrong kind).
    public var problem: ImportProblem?

    public init(line: Int, fields: [(name: String, value: ImportValue)], problem: ImportProblem? = nil) {
        self.line = line
        self.fields = fields
        self.problem = problem
    }
}

/// A value read from an import file.
public enum ImportValue: Sendable, Equatable {
    /// An empty CSV field or a JSON `null`.
    case null
    /// Text; numbers and booleans from JSON arrive as their literal text.
    case text(String)
    /// A JSON array of strings (tags).
    case list([String])
}

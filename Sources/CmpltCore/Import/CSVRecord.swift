/// One record of a CSV file: its fields, and the physical line it starts on.
///
/// A quoted field may hold line breaks, so a record can span several lines; `line` is the first.
///
/// ```swift
/// // "1,\"two\nlines\"\n3,x\n" reads as:
/// // CSVRecord(fields: ["1", "two\nlines"], line: 1), CSVRecord(fields: ["3", "x"], line: 3)
/// ```
public struct CSVRecord: Equatable, Sendable {
    /// The field values, unquoted, in column order.
    public var fields: [String]
    /// The 1-based physical line where the record starts.
    public var line: Int

    /// A record of `fields` starting on `line`.
    ///
    /// ```swift
    /// let record = CSVRecord(fields: ["id", "channel"], line: 1)
    /// ```
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}

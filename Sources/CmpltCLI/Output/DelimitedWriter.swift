/// Writes rows of optional strings as CSV or TSV, one line per row.
///
/// Rows end with a bare line feed (`\n`), not RFC 4180's CRLF: Unix tools (`cut`, `awk`,
/// `sqlite3 .import`) expect LF, and CSV readers accept both.
///
/// - CSV (RFC 4180 quoting): a field is quoted when it contains a comma, a double quote, CR or
///   LF, or starts or ends with a space or tab; quotes inside are doubled. `nil` is an empty
///   field and the empty string is `""`, so the two stay distinguishable.
/// - TSV (the text format of PostgreSQL `COPY` and MySQL `LOAD DATA`): fields are never
///   quoted; a backslash is written `\\`, a tab `\t`, a line feed `\n`, a carriage return `\r`.
///   Both `nil` and the empty string are an empty field.
///
/// ```swift
/// var text = ""
/// DelimitedWriter(.csv).appendRow(["id", "note"], to: &text)
/// DelimitedWriter(.csv).appendRow(["1", "late, again"], to: &text)
/// // text == "id,note\n1,\"late, again\"\n"
/// ```
struct DelimitedWriter: Sendable {
    /// The file format a writer produces.
    enum Delimiter: Sendable {
        /// Comma-separated values with RFC 4180 quoting.
        case csv
        /// Tab-separated values with backslash escapes.
        case tsv
    }

    /// The format this writer produces.
    let delimiter: Delimiter

    /// Creates a writer for `delimiter`'s format.
    init(_ delimiter: Delimiter) {
        self.delimiter = delimiter
    }

    /// Appends one row, fields separated and escaped for the format, ending with `\n`.
    func appendRow(_ fields: [String?], to buffer: inout String) {
        var isFirst = true
        for field in fields {
            if !isFirst {
                buffer += delimiter == .csv ? "," : "\t"
            }
            isFirst = false
            guard let field else { continue }
            switch delimiter {
            case .csv: Self.appendCSVField(field, to: &buffer)
            case .tsv: Self.appendTSVField(field, to: &buffer)
            }
        }
        buffer += "\n"
    }

    /// Appends `field`, quoted when RFC 4180 requires it or when it is empty or padded.
    private static func appendCSVField(_ field: String, to buffer: inout String) {
        let needsQuotes =
            field.isEmpty
            || field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || isPadding(field.utf8.first) || isPadding(field.utf8.last)
        guard needsQuotes else {
            buffer += field
            return
        }
        buffer += "\""
        buffer.append(field, escaping: { $0 == "\"" ? "\"\"" : nil })
        buffer += "\""
    }

    /// Whether `byte` is a space or tab, which readers may trim from an unquoted field.
    private static func isPadding(_ byte: UInt8?) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// Appends `field` with backslash, tab, line feed and carriage return escaped.
    private static func appendTSVField(_ field: String, to buffer: inout String) {
        buffer.append(field) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\t": "\\t"
            case "\n": "\\n"
            case "\r": "\\r"
            default: nil
            }
        }
    }
}

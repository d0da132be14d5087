import CmpltCore

/// How a command prints its results: for people (`table`) or for programs.
enum OutputFormat: String, Vocabulary {
    /// Aligned, human-readable text; local dates; colour on a terminal.
    case table
    /// One JSON document (an object or an array), pretty-printed.
    case json
    /// One compact JSON object per line.
    case jsonl
    /// A header row, then one row per record, RFC 4180 quoting.
    case csv
    /// A header row, then one row per record, tab-separated with backslash escapes.
    case tsv

    static let noun = "format"
}

/// A whole document that `report` can write instead of a table or records.
enum DocumentFormat: String, Vocabulary {
    /// A Markdown management-review document.
    case markdown
    /// One self-contained HTML file with SVG charts.
    case html

    static let noun = "document format"
}

/// An aligned plain-text table for people: a header row, then one line per row.
///
/// Columns are separated by two spaces and padded to their widest cell, measured in terminal
/// columns (see ``displayWidth(of:)``). Lines carry no trailing spaces and each ends with `\n`.
/// A cell is one line: leading and trailing whitespace is trimmed, and every line break, tab
/// or other control character inside it is shown as one space (so user text cannot move the
/// cursor or inject escape sequences). Styles are applied after padding, so escape codes
/// never count towards widths.
///
/// ```swift
/// let table = TextTable(columns: [
///     .init("ID", alignment: .right),
///     .init("STATE"),
///     .init("DESCRIPTION", truncatable: true),
/// ])
/// print(table.render(rows: [["7", "received", "Parcel arrived damaged"]]), terminator: "")
/// // ID  STATE     DESCRIPTION
/// //  7  received  Parcel arrived damaged
/// ```
struct TextTable: Sendable {
    /// Where a cell's text sits within its column.
    enum Alignment: Sendable {
        /// Text starts at the column's left edge (for words).
        case left
        /// Text ends at the column's right edge (for numbers).
        case right
    }

    /// A column's header and layout.
    struct Column: Sendable {
        /// The text of the header row.
        var header: String
        /// Where cells sit within the column.
        var alignment: Alignment
        /// Whether the column may be narrowed, cutting its cells with `…`, to fit a width.
        var isTruncatable: Bool

        /// Creates a column; only columns of free text should be `truncatable`.
        init(_ header: String, alignment: Alignment = .left, truncatable: Bool = false) {
            self.header = header
            self.alignment = alignment
            self.isTruncatable = truncatable
        }
    }

    /// One cell: its text, and an optional style drawn when colour is enabled.
    struct Cell: Sendable, ExpressibleByStringInterpolation {
        /// The text shown.
        var text: String
        /// The style wrapped around the text when colour is enabled.
        var style: ANSIStyle?

        /// Creates a cell showing `text`, drawn in `style` when colour is enabled.
        init(_ text: String, style: ANSIStyle? = nil) {
            self.text = text
            self.style = style
        }

        /// Creates an unstyled cell from a string literal.
        init(stringLiteral text: String) {
            self.init(text)
        }
    }

    /// A truncatable column is never narrowed below this many terminal columns.
    static let minimumTruncatedWidth = 8

    /// The columns, left to right.
    let columns: [Column]
    /// The style of the header row when colour is enabled.
    let headerStyle: ANSIStyle?

    /// Creates a table with `columns`, the header row drawn in `headerStyle` when colour is on.
    init(columns: [Column], headerStyle: ANSIStyle? = nil) {
        self.columns = columns
        self.headerStyle = headerStyle
    }

    /// Returns the header row and `rows` laid out as lines, each ending with `\n`.
    ///
    /// When `maxWidth` is given and the table is wider, truncatable columns are narrowed,
    /// widest first, down to ``minimumTruncatedWidth``; if that is not enough, lines stay wider
    /// than `maxWidth`. Cell styles and ``headerStyle`` are drawn only when `colorEnabled`.
    /// Every row must have one cell per column.
    func render(rows: [[Cell]], maxWidth: Int? = nil, colorEnabled: Bool = false) -> String {
        let header = columns.map { Cell($0.header, style: headerStyle) }
        let lines = ([header] + rows).map { row in
            precondition(row.count == columns.count, "a table row needs one cell per column")
            return row.map { cell in
                let (text, width) = Self.lineAndWidth(of: cell.text)
                return (text: text, width: width, style: colorEnabled ? cell.style : nil)
            }
        }
        var widths = columns.indices.map { column in
            lines.map { $0[column].width }.max() ?? 0
        }
        if let maxWidth {
            narrow(&widths, toFit: maxWidth)
        }
        // Built as bytes: appending to a String cost more than everything else the table does.
        var output: [UInt8] = []
        output.reserveCapacity(lines.count * (widths.reduce(0, +) + 2 * widths.count + 1))
        for line in lines {
            var pendingSpaces = 0
            for (column, cell) in line.enumerated() {
                if column > 0 {
                    pendingSpaces += 2
                }
                let (text, width) =
                    cell.width > widths[column]
                    ? Self.truncate(cell.text, toWidth: widths[column]) : (cell.text, cell.width)
                let padding = widths[column] - width
                let alignment = columns[column].alignment
                if alignment == .right {
                    pendingSpaces += padding
                }
                if !text.isEmpty {
                    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: pendingSpaces))
                    pendingSpaces = 0
                    output.append(contentsOf: (cell.style?.wrap(text) ?? text).utf8)
                }
                if alignment == .left {
                    pendingSpaces += padding
                }
            }
            output.append(UInt8(ascii: "\n"))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Narrows truncatable columns, widest first, until the table fits in `maxWidth` or
    /// every truncatable column is down to ``minimumTruncatedWidth``.
    private func narrow(_ widths: inout [Int], toFit maxWidth: Int) {
        var excess = widths.reduce(0, +) + 2 * max(widths.count - 1, 0) - maxWidth
        while excess > 0 {
            let narrowable = widths.indices.filter {
                columns[$0].isTruncatable && widths[$0] > Self.minimumTruncatedWidth
            }
            guard let widest = narrowable.map({ widths[$0] }).max() else {
                return
            }
            let widestColumns = narrowable.filter { widths[$0] == widest }
            let nextWidth = narrowable.map { widths[$0] }.filter { $0 < widest }.max() ?? 0
            let floor = max(nextWidth, Self.minimumTruncatedWidth)
            // Lower the widest columns together, at most to the next width down.
            let step = min(widest - floor, (excess + widestColumns.count - 1) / widestColumns.count)
            for column in widestColumns where excess > 0 {
                let cut = min(step, excess)
                widths[column] -= cut
                excess -= cut
            }
        }
    }

    /// ``singleLine(_:)`` of `text` and its display width, in one pass over the bytes for the
    /// usual cell: printable ASCII without spaces at either end, which is already one line and
    /// one column per byte.
    private static func lineAndWidth(of text: String) -> (text: String, width: Int) {
        let isPlain = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.first != 0x20 && bytes.last != 0x20 && bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }
        if isPlain == true { return (text, text.utf8.count) }
        let line = singleLine(text)
        return (line, displayWidth(of: line))
    }

    /// Returns `text` on one line: trimmed, with line breaks, tabs and controls as spaces.
    static func singleLine(_ text: String) -> String {
        // Every control, line and paragraph separator starts with one of these bytes
        // (0xC2 leads the C1 controls, 0xE2 leads U+2028 and U+2029).
        func isControlLead(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 }
        let mayHaveControls =
            text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isControlLead) }
            ?? text.utf8.contains(where: isControlLead)
        let spaced =
            mayHaveControls
            ? String(
                text.lazy.map { character in
                    character.isNewline || character.unicodeScalars.first?.properties.generalCategory == .control
                        ? " " : character
                }
            ) : text
        // Printable ASCII at both ends (the usual case) is not whitespace: no Character needed.
        if let first = spaced.utf8.first, let last = spaced.utf8.last, (0x21...0x7E).contains(first),
            (0x21...0x7E).contains(last)
        {
            return spaced
        }
        guard spaced.first?.isWhitespace == true || spaced.last?.isWhitespace == true else {
            return spaced
        }
        var trimmed = spaced.drop(while: \.isWhitespace)
        while trimmed.last?.isWhitespace == true {
            trimmed.removeLast()
        }
        return String(trimmed)
    }

    /// Returns the longest prefix of whole characters that fits in `width` with a final `…`,
    /// and the prefix's display width.
    private static func truncate(_ text: String, toWidth width: Int) -> (text: String, width: Int) {
        var prefix = ""
        var prefixWidth = 0
        for character in text {
            let characterWidth = displayWidth(of: character)
            if prefixWidth + characterWidth > width - 1 {
                break
            }
            prefix.append(character)
            prefixWidth += characterWidth
        }
        while let last = prefix.last, last.isWhitespace {
            prefix.removeLast()
            prefixWidth -= displayWidth(of: last)
        }
        return (prefix + "…", prefixWidth + 1)
    }
}

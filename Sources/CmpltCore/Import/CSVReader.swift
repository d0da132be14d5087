/// Reads the records of an RFC 4180 CSV file one at a time, holding only the current record in memory.
///
/// Fields are separated by commas and may be quoted with `"`; in a quoted field `""` stands for a
/// quote, and commas and line breaks (LF, CR LF or CR) are kept as they are. A record ends with
/// LF, CR LF or a lone CR. A UTF-8 byte order mark at the start is skipped, a last record without
/// a line end is read, and blank lines are skipped, so a file ending in blank lines has no empty
/// last record. Each record carries the physical line it starts on.
///
/// ```swift
/// var reader = CSVReader(source: try .open(path: "complaints.csv"))
/// let columns = try reader.readHeader()
/// while let record = try reader.nextRecord() {
///     print(record.line, record.fields)
/// }
/// ```
///
/// A reader and its copies share one source; read through one of them only. After it throws, a
/// reader is in an unspecified position and should not be read again.
public struct CSVReader {
    /// The default limit on a record's size: 16 MiB.
    public static let defaultMaximumRecordBytes = 16 << 20

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    private let source: ByteSource
    private let maximumRecordBytes: Int
    /// The physical line of the next unread byte.
    private var line = 1
    /// The line the record being read starts on.
    private var recordLine = 1
    private var startedReading = false
    /// The bytes of the field being read, reused from field to field.
    private var field: [UInt8] = []

    /// Reads from `source`, refusing any record larger than `maximumRecordBytes` (in UTF-8 bytes)
    /// so that a stray quote cannot pull the rest of a large file into memory.
    ///
    /// ```swift
    /// var reader = CSVReader(source: ByteSource(fd: 0))
    /// ```
    public init(source: ByteSource, maximumRecordBytes: Int = defaultMaximumRecordBytes) {
        self.source = source
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// Reads the first record as column names; an empty file or a name given twice is an error.
    ///
    /// ```swift
    /// let columns = try reader.readHeader()  // ["description", "channel", "category"]
    /// ```
    public mutating func readHeader() throws(ReaderError) -> [String] {
        guard let header = try nextRecord() else {
            throw .malformed(line: 1, reason: "expected a header row, found an empty file")
        }
        var seen = Set<String>()
        for name in header.fields where !seen.insert(name).inserted {
            throw .malformed(line: header.line, reason: "duplicate column \(name.debugDescription) in the header")
        }
        return header.fields
    }

    /// Reads the next record, or returns `nil` at the end of the file.
    ///
    /// ```swift
    /// while let record = try reader.nextRecord() { rows += 1 }
    /// ```
    ///
    /// - Throws: ``ReaderError/malformed(line:reason:)`` for a quote inside an unquoted field, text
    ///   after a closing quote, a quoted field still open at the end of the file, a field that is
    ///   not valid UTF-8 or a record over the size limit; ``ReaderError/unreadable(_:)`` if reading fails.
    public mutating func nextRecord() throws(ReaderError) -> CSVRecord? {
        if !startedReading {
            try source.skipByteOrderMark()
            startedReading = true
        }
        while let byte = try source.peek(), byte == Self.carriageReturn || byte == Self.lineFeed {
            try skipLineEnd()
        }
        guard try source.peek() != nil else { return nil }
        recordLine = line
        var fields: [String] = []
        var recordBytes = 0
        while true {
            let fieldLine = line
            let limit = maximumRecordBytes - recordBytes
            field.removeAll(keepingCapacity: true)
            let stop =
                try source.peek() == Self.quote
                ? try readQuotedField(limit: limit) : try readUnquotedField(limit: limit)
            recordBytes += field.count
            guard let value = field.withUnsafeBufferPointer({ String(checkedUTF8: $0) }) else {
                throw .malformed(line: fieldLine, reason: "invalid UTF-8 in field \(fields.count + 1)")
            }
            fields.append(value)
            guard stop == Self.comma else { break }
            _ = try source.next()
        }
        try skipLineEnd()
        return CSVRecord(fields: fields, line: recordLine)
    }

    /// Reads an unquoted field into `field`; returns the comma or line-end byte after it, or `nil`
    /// at the end of the file.
    private mutating func readUnquotedField(limit: Int) throws(ReaderError) -> UInt8? {
        let stop = try source.read(
            into: &field,
            until: { $0 == Self.comma || $0 == Self.lineFeed || $0 == Self.carriageReturn || $0 == Self.quote },
            limit: limit)
        try checkSize(limit: limit)
        guard stop != Self.quote else {
            throw .malformed(
                line: line,
                reason: "unexpected '\"' in an unquoted field (expected the whole field in quotes, its quotes doubled)")
        }
        return stop
    }

    /// Reads a quoted field, from its opening quote, into `field`; returns the comma or line-end byte
    /// after its closing quote, or `nil` at the end of the file.
    private mutating func readQuotedField(limit: Int) throws(ReaderError) -> UInt8? {
        let openingLine = line
        _ = try source.next()
        while true {
            let scanned = field.count
            let stop = try source.read(into: &field, until: { $0 == Self.quote }, limit: limit)
            line += lineEnds(inFieldFrom: scanned)
            try checkSize(limit: limit)
            guard stop != nil else {
                let endsWithLineEnd = field.last == Self.lineFeed || field.last == Self.carriageReturn
                throw .malformed(
                    line: endsWithLineEnd ? line - 1 : line,
                    reason: "unterminated quoted field (started on line \(openingLine))")
            }
            _ = try source.next()
            guard try source.peek() == Self.quote else { break }
            _ = try source.next()
            field.append(Self.quote)
        }
        let next = try source.peek()
        guard next == nil || next == Self.comma || next == Self.lineFeed || next == Self.carriageReturn else {
            throw .malformed(line: line, reason: "expected ',' or end of line after closing quote")
        }
        return next
    }

    /// Counts the line ends (CR LF, a lone CR or a lone LF) in `field[start...]`, looking back one
    /// byte so that a CR LF split between two reads counts once.
    private func lineEnds(inFieldFrom start: Int) -> Int {
        var count = 0
        for index in start..<field.count {
            let byte = field[index]
            if byte == Self.carriageReturn
                || (byte == Self.lineFeed && (index == 0 || field[index - 1] != Self.carriageReturn))
            {
                count += 1
            }
        }
        return count
    }

    /// Throws if `field` has outgrown `limit`, what is left of the record's size limit.
    private func checkSize(limit: Int) throws(ReaderError) {
        guard field.count > limit else { return }
        throw .malformed(line: recordLine, reason: "record longer than \(maximumRecordBytes) bytes")
    }

    /// Consumes the line end that is next (LF, CR LF or a lone CR), if any, and counts the line.
    private mutating func skipLineEnd() throws(ReaderError) {
        guard let byte = try source.next() else { return }
        if byte == Self.carriageReturn, try source.peek() == Self.lineFeed {
            _ = try source.next()
        }
        line += 1
    }
}

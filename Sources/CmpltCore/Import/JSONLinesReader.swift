/// Reads a JSON Lines file one object per line, holding only the current line in memory.
///
/// Every line that is not blank must hold one JSON object (RFC 8259, parsed strictly); blank lines
/// (only spaces, tabs or a CR) are skipped. Lines end with LF or CR LF, the last line may lack
/// one, and a UTF-8 byte order mark at the start is skipped.
///
/// ```swift
/// var reader = JSONLinesReader(source: try .open(path: "complaints.jsonl"))
/// while let object = try reader.nextObject() {
///     print(object.line, object["channel"] ?? .null)
/// }
/// ```
///
/// A reader and its copies share one source; read through one of them only. After it throws, a
/// reader is in an unspecified position and should not be read again.
public struct JSONLinesReader {
    /// The default limit on a line's length: 16 MiB.
    public static let defaultMaximumLineBytes = 16 << 20

    private let source: ByteSource
    private let maximumLineBytes: Int
    /// The number of lines read so far.
    private var line = 0
    private var startedReading = false
    /// The bytes of the current line, reused from line to line.
    private var bytes: [UInt8] = []

    /// Reads from `source`, refusing any line longer than `maximumLineBytes` (in UTF-8 bytes) so
    /// that a file without line breaks cannot fill the memory.
    ///
    /// ```swift
    /// var reader = JSONLinesReader(source: ByteSource(fd: 0))
    /// ```
    public init(source: ByteSource, maximumLineBytes: Int = defaultMaximumLineBytes) {
        self.source = source
        self.maximumLineBytes = maximumLineBytes
    }

    /// Reads the object on the next line that is not blank, or returns `nil` at the end of the file.
    ///
    /// ```swift
    /// while let object = try reader.nextObject() { objects += 1 }
    /// ```
    ///
    /// - Throws: ``ReaderError/malformed(line:reason:)`` for a line that is not one valid JSON
    ///   object, or that is over the length limit; ``ReaderError/unreadable(_:)`` if reading fails.
    public mutating func nextObject() throws(ReaderError) -> JSONLineObject? {
        if !startedReading {
            try source.skipByteOrderMark()
            startedReading = true
        }
        while true {
            bytes.removeAll(keepingCapacity: true)
            let end = try source.read(into: &bytes, until: { $0 == UInt8(ascii: "\n") }, limit: maximumLineBytes)
            guard end != nil || !bytes.isEmpty else { return nil }
            line += 1
            guard bytes.count <= maximumLineBytes else {
                throw .malformed(line: line, reason: "line longer than \(maximumLineBytes) bytes")
            }
            _ = try source.next()  // the line feed, if any
            if bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }) {
                continue
            }
            let members = try bytes.withUnsafeBufferPointer { [line] (bytes) throws(ReaderError) in
                try JSONParser.parseObject(bytes, line: line)
            }
            return JSONLineObject(line: line, members: members)
        }
    }
}

/// Rows of an import file as ``ImportRecord``s, read one at a time from a file or standard
/// input so memory stays flat whatever the file's size.
///
///     var source = try ImportSource(path: "complaints.csv", format: nil)
///     while let record = try source.next() { … }
public struct ImportSource {
    private enum Reader {
        case csv(CSVReader, header: [String])
        case jsonl(JSONLinesReader)
    }

    private var reader: Reader
    private let bytes: ByteSource

    /// How much of the input has been read, from 0 to 1, when its size is known.
    public var fractionRead: Double? {
        guard let size = bytes.size, size > 0 else { return nil }
        return min(1, Double(bytes.bytesRead) / Double(size))
    }
    /// The format being read.
    public let format: ImportFormat
    /// The name used in messages: the path, or `standard input`.
    public let name: String

    /// Opens `path` (`-` for standard input); the format is `format`, else the file's
    /// extension, else a guess from the first byte (`{` means JSON Lines).
    public init(path: String, format: ImportFormat?) throws(CmpltError) {
        do {
            let source = path == "-" ? ByteSource(fd: 0) : try ByteSource.open(path: path)
            bytes = source
            try source.skipByteOrderMark()
            let first = try source.peek()
            let chosen = format ?? ImportFormat(fileName: path) ?? (first == UInt8(ascii: "{") ? .jsonl : .csv)
            self.format = chosen
            self.name = path == "-" ? "standard input" : path
            switch chosen {
            case .csv:
                var csv = CSVReader(source: source)
                let header = first == nil ? [] : try csv.readHeader()
                reader = .csv(csv, header: header)
            case .jsonl:
                reader = .jsonl(JSONLinesReader(source: source))
            }
        } catch {
            throw CmpltError(reading: error, name: path == "-" ? "standard input" : path)
        }
    }

    /// The next row, or `nil` at the end of the file.
    ///
    /// - Throws: ``CmpltError/badData(_:)`` when the file cannot be read further (a broken
    ///   quote, invalid JSON, invalid UTF-8), naming the line.
    public mutating func next() throws(CmpltError) -> ImportRecord? {
        do {
            switch reader {
            case .csv(var csv, let header):
                defer { reader = .csv(csv, header: header) }
                guard let record = try csv.nextRecord() else { return nil }
                guard record.fields.count == header.count else {
                    return ImportRecord(
                        line: record.line, fields: [],
                        problem: ImportProblem(
                            line: record.line, column: nil,
                            message: "expected \(header.count) fields as in the header, found \(record.fields.count)"))
                }
                return ImportRecord(
                    line: record.line,
                    fields: zip(header, record.fields).map { ($0, $1.isEmpty ? .null : .text($1)) })
            case .jsonl(var jsonl):
                defer { reader = .jsonl(jsonl) }
                guard let object = try jsonl.nextObject() else { return nil }
                var fields: [(name: String, value: ImportValue)] = []
                for (key, value) in object.members {
                    guard let converted = Self.importValue(value) else {
                        return ImportRecord(
                            line: object.line, fields: [],
                            problem: ImportProblem(
                                line: object.line, column: key,
                                message: "expected text, a number, true/false, null or a list of strings"))
                    }
                    fields.append((key, converted))
                }
                return ImportRecord(line: object.line, fields: fields)
            }
        } catch {
            throw CmpltError(reading: error, name: name)
        }
    }

    private static func importValue(_ value: JSONScalar) -> ImportValue? {
        switch value {
        case .null: return .null
        case .bool(let flag): return .text(flag ? "true" : "false")
        case .number(let text), .string(let text): return .text(text)
        case .array(let items):
            var strings: [String] = []
            for item in items {
                guard case .string(let text) = item else { return nil }
                strings.append(text)
            }
            return .list(strings)
        case .object: return nil
        }
    }
}

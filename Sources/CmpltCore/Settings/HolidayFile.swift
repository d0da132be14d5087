/// Reads holidays from a file: iCalendar (`.ics`, all-day events) or CSV (`date,name`).
///
///     let holidays = try HolidayFile.read(path: "iran-1405.ics")
public enum HolidayFile {
    /// The holidays in the file at `path` (`-` for standard input); `.ics` files are read as
    /// iCalendar, anything else as CSV with an optional `date,name` header.
    ///
    /// - Throws: ``CmpltError/badData(_:)`` naming the line of a malformed entry, or
    ///   ``CmpltError/failure(_:)`` when the file cannot be read.
    public static func read(path: String) throws(CmpltError) -> [Holiday] {
        do {
            let source = path == "-" ? ByteSource(fd: 0) : try ByteSource.open(path: path)
            try source.skipByteOrderMark()
            return path.lowercased().hasSuffix(".ics") ? try calendar(source, name: path) : try csv(source, name: path)
        } catch let error as ReaderError {
            throw CmpltError(reading: error, name: path)
        } catch {
            throw error as? CmpltError ?? .failure("\(error)")
        }
    }

    /// `date,name` rows; a first row whose date does not parse is a header.
    private static func csv(_ source: ByteSource, name: String) throws -> [Holiday] {
        var reader = CSVReader(source: source)
        var holidays: [Holiday] = []
        while let record = try reader.nextRecord() {
            let text = record.fields.first ?? ""
            guard let day = CivilDate(parsing: text) else {
                if record.line == 1 { continue }
                throw CmpltError.badData("\(name): line \(record.line): '\(text)' is not a date; expected YYYY-MM-DD")
            }
            let title = record.fields.count > 1 && !record.fields[1].isEmpty ? record.fields[1] : nil
            holidays.append(Holiday(day: day, name: title))
        }
        return holidays
    }

    /// The all-day `VEVENT`s: each day from `DTSTART` up to (not including) `DTEND`, named by `SUMMARY`.
    private static func calendar(_ source: ByteSource, name: String) throws -> [Holiday] {
        var holidays: [Holiday] = []
        var start: CivilDate?
        var end: CivilDate?
        var summary: String?
        var lineNumber = 0
        for line in try unfoldedLines(source) {
            lineNumber += 1
            let (key, value) = split(Substring(line))
            switch key {
            case "BEGIN" where value == "VEVENT":
                (start, end, summary) = (nil, nil, nil)
            case "DTSTART", "DTEND":
                guard let day = basicDate(value) else {
                    throw CmpltError.badData(
                        "\(name): line \(lineNumber): '\(value)' is not an all-day date; expected YYYYMMDD")
                }
                if key == "DTSTART" { start = day } else { end = day }
            case "SUMMARY":
                summary = value.replacing("\\,", with: ",").replacing("\\;", with: ";").replacing("\\n", with: " ")
            case "END" where value == "VEVENT":
                guard let first = start else { continue }
                var day = first
                repeat {
                    holidays.append(Holiday(day: day, name: summary))
                    day = day.adding(days: 1)
                } while end.map { day < $0 } ?? false
            default:
                continue
            }
        }
        return holidays
    }

    /// The file's lines with folded continuations (lines starting with a space or tab) joined.
    private static func unfoldedLines(_ source: ByteSource) throws -> [String] {
        var lines: [String] = []
        var bytes: [UInt8] = []
        while true {
            bytes.removeAll(keepingCapacity: true)
            let end = try source.read(into: &bytes, until: { $0 == UInt8(ascii: "\n") }, limit: 1 << 20)
            _ = try source.next()
            var text = String(decoding: bytes, as: UTF8.self)
            if text.hasSuffix("\r") { text.removeLast() }
            if let first = text.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += text.dropFirst()
            } else if !text.isEmpty {
                lines.append(text)
            }
            if end == nil { return lines }
        }
    }

    /// The property name (without parameters such as `;VALUE=DATE`) and the value.
    private static func split(_ line: Substring) -> (String, String) {
        guard let colon = line.firstIndex(of: ":") else { return (String(line), "") }
        let key = line[..<colon].prefix { $0 != ";" }
        return (key.uppercased(), String(line[line.index(after: colon)...]))
    }

    /// `20260321` (or the date part of `20260321T000000Z`).
    private static func basicDate(_ text: String) -> CivilDate? {
        let digits = text.prefix(8)
        guard digits.count == 8, digits.allSatisfy(\.isNumber) else { return nil }
        return CivilDate(parsing: "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))")
    }
}

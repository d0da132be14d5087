import CmpltCore

/// Streams records in a machine format: a JSON array, JSON Lines, or CSV/TSV with a header.
///
/// Records are written as they come, so memory stays flat however many there are:
///
///     var writer = RecordWriter(format: .csv, header: Complaint.csvHeader, output: context.output)
///     writer.write(json: complaint.jsonValue(now: now), row: complaint.csvRow(now: now))
///     writer.finish()
struct RecordWriter {
    let format: OutputFormat
    let header: [String?]
    let output: OutputBuffer
    private var count = 0
    private var text = ""

    init(format: OutputFormat, header: [String?], output: OutputBuffer) {
        precondition(format != .table, "tables are rendered, not streamed")
        self.format = format
        self.header = header
        self.output = output
    }

    /// Writes one record; `row` is used by CSV/TSV, `json` by the JSON formats.
    mutating func write(json: @autoclosure () -> JSONValue, row: @autoclosure () -> [String?]) {
        text.removeAll(keepingCapacity: true)
        switch format {
        case .json:
            text += count == 0 ? "[\n  " : ",\n  "
            json().write(to: &text, pretty: true, depth: 1)
        case .jsonl:
            json().write(to: &text)
            text += "\n"
        case .csv, .tsv:
            let writer = DelimitedWriter(format == .csv ? .csv : .tsv)
            if count == 0 { writer.appendRow(header, to: &text) }
            writer.appendRow(row(), to: &text)
        case .table:
            break
        }
        count += 1
        output.append(text)
    }

    /// Ends the output: closes the JSON array, or writes the header of an empty CSV/TSV.
    mutating func finish() {
        switch format {
        case .json:
            output.append(count == 0 ? "[]\n" : "\n]\n")
        case .csv, .tsv:
            guard count == 0 else { return }
            var text = ""
            DelimitedWriter(format == .csv ? .csv : .tsv).appendRow(header, to: &text)
            output.append(text)
        default:
            break
        }
    }
}

import CmpltCore
import Glibc

/// A progress line on standard error for long work, rewritten in place: rows, rows per
/// second, and with a known input size the share done and the time left. Silent when
/// standard error is not a terminal.
final class ProgressLine: Sendable {
    private let enabled: Bool
    private let start: Timestamp

    init(enabled: Bool) {
        self.enabled = enabled
        start = .now()
    }

    /// Shows `rows` done so far; `fraction` (0–1) is how much of the input that is, if known.
    func update(rows: Int, fraction: Double?) {
        guard enabled else { return }
        let seconds = max(1, Timestamp.now().seconds - start.seconds)
        var text = "\r\(rows) rows, \(Int64(rows) / seconds) rows/s"
        if let fraction, fraction > 0 {
            let left = Int64(Double(seconds) * (1 - fraction) / fraction)
            text += ", \(Int(fraction * 100))%, about \(left / 60):\(left % 60 < 10 ? "0" : "")\(left % 60) left"
        }
        write(text + "\u{1B}[K")
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        write("\r\u{1B}[K")
    }

    private func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}

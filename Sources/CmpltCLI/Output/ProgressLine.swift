import CmpltCore
import Glibc

/// A progress line on standard error for long work, rewritten in place (rows, rows per
/// second); silent when standard error is not a terminal.
final class ProgressLine: Sendable {
    private let enabled: Bool
    private let start: Timestamp

    init(enabled: Bool) {
        self.enabled = enabled
        start = .now()
    }

    /// Shows `rows` done so far.
    func update(_ rows: Int) {
        guard enabled else { return }
        let seconds = max(1, Timestamp.now().seconds - start.seconds)
        write("\r\(rows) rows, \(Int64(rows) / seconds) rows/s")
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

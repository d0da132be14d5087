import Glibc

/// Collects text for a file descriptor and writes it in large blocks with `write(2)`.
///
/// Text is written once more than 64 KiB is waiting, and on ``flush()``. Nothing is written on
/// deinitialisation, so call ``flush()`` before exiting: a write error is then reported instead
/// of lost. To see ``WriteError/brokenPipe`` rather than die of `SIGPIPE` when a reader such as
/// `head` goes away, the process must ignore that signal (`signal(SIGPIPE, SIG_IGN)`).
///
/// ```swift
/// let stdout = OutputBuffer(fd: STDOUT_FILENO)
/// stdout.append("7\n")
/// try stdout.flush()
/// ```
final class OutputBuffer {
    /// Why text could not be written.
    enum WriteError: Error, Equatable, CustomStringConvertible {
        /// The reading end was closed (`EPIPE`); callers usually exit quietly.
        case brokenPipe
        /// `write(2)` failed with this `errno`.
        case failed(errno: Int32)

        /// A sentence naming the failure, e.g. "cannot write output: No space left on device".
        var description: String {
            switch self {
            case .brokenPipe:
                return "cannot write output: the reader closed the pipe"
            case .failed(let code):
                return "cannot write output: " + String(cString: strerror(code))
            }
        }
    }

    /// Once more than this many bytes are waiting, ``append(_:)`` writes them out.
    static let flushThreshold = 64 * 1024

    /// The file descriptor written to; it is not closed by the buffer.
    let fd: Int32
    /// Bytes appended and not yet written.
    private var pending: [UInt8] = []

    /// Creates an empty buffer for `fd`, for example `STDOUT_FILENO`.
    init(fd: Int32) {
        self.fd = fd
        pending.reserveCapacity(Self.flushThreshold)
    }

    /// The first write failure; once set, further text is dropped and ``flush()`` reports it.
    private var failure: WriteError?

    /// Adds `text` as UTF-8, writing everything waiting once it exceeds ``flushThreshold``.
    ///
    /// A write failure here is kept and thrown by the next ``flush()``, so callers that print
    /// in many places need not handle errors at each one.
    func append(_ text: String) {
        guard failure == nil else { return }
        pending.append(contentsOf: text.utf8)
        if pending.count > Self.flushThreshold {
            writePending()
        }
    }

    /// Writes everything waiting, retrying partial writes and interrupted calls, and reports
    /// the first failure since the buffer was made.
    func flush() throws(WriteError) {
        writePending()
        if let failure { throw failure }
    }

    /// Writes the waiting bytes; on failure they are dropped and the failure kept.
    private func writePending() {
        if failure == nil {
            failure = pending.withUnsafeBytes { Self.writeAll($0, to: fd) }
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Writes all of `bytes` to `fd`, returning the error that stopped it, if any.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> WriteError? {
        var offset = 0
        while offset < bytes.count {
            let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written > 0 {
                offset += written
                continue
            }
            let code = written == 0 ? EIO : errno
            switch code {
            case EINTR: continue
            case EPIPE: return .brokenPipe
            default: return .failed(errno: code)
            }
        }
        return nil
    }
}

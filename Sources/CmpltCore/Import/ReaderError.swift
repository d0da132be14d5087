/// Why reading an import file failed: the file could not be read, or its content is malformed.
///
/// The message is one line naming what was wrong and what was expected:
///
/// ```swift
/// let error = ReaderError.malformed(line: 7, reason: "unterminated quoted field (started on line 5)")
/// print(error)  // line 7: unterminated quoted field (started on line 5)
/// ```
public enum ReaderError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file could not be opened or read, e.g. `cannot open 'x.csv': No such file or directory`.
    case unreadable(String)
    /// The content at the physical line `line` (1-based) breaks the format.
    case malformed(line: Int, reason: String)

    /// The line the problem is on, or `nil` when the file itself could not be read.
    public var line: Int? {
        switch self {
        case .unreadable: nil
        case .malformed(let line, _): line
        }
    }

    /// The one-line message, starting `line N: ` when the problem is on a line.
    public var message: String {
        switch self {
        case .unreadable(let text): text
        case .malformed(let line, let reason): "line \(line): \(reason)"
        }
    }

    /// The same as ``message``.
    public var description: String { message }
}

extension CmpltError {
    /// The error a user sees when reading the input `name` failed: bad data is exit 5, a file
    /// that cannot be opened or read is an I/O failure (exit 1).
    init(reading error: ReaderError, name: String) {
        switch error {
        case .unreadable: self = .failure(error.message)
        case .malformed: self = .badData("\(name): \(error.message)")
        }
    }
}

import Glibc

/// What an output stream is connected to: whether it is a terminal, how wide, and whether
/// to draw colour.
///
/// ```swift
/// let stdout = Terminal.detect(fd: 1, environment: environment, noColorFlag: options.noColor)
/// let text = table.render(rows: rows, maxWidth: stdout.width, colorEnabled: stdout.colorEnabled)
/// ```
struct Terminal: Sendable, Equatable {
    /// Whether the stream is a terminal (`isatty`).
    let isTTY: Bool
    /// The width in columns to fit human output to, or `nil` for no limit.
    let width: Int?
    /// Whether ANSI colour and styles may be written.
    let colorEnabled: Bool

    /// Inspects file descriptor `fd` and the process's `environment`.
    ///
    /// - The width is `COLUMNS` when that is a positive integer (even when not a terminal, so
    ///   scripts and tests can ask for a width), else the terminal's size from
    ///   `ioctl(TIOCGWINSZ)`, else `nil`: piped output is never truncated.
    /// - Colour follows <https://no-color.org>: only on a terminal whose `TERM` is not
    ///   `dumb`, when `NO_COLOR` is unset or empty and `--no-color` was not given.
    static func detect(fd: Int32, environment: [String: String], noColorFlag: Bool) -> Terminal {
        let isTTY = isatty(fd) == 1
        let width: Int?
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 {
            width = columns
        } else {
            width = isTTY ? windowWidth(fd: fd) : nil
        }
        let colorEnabled =
            isTTY && environment["TERM"] != "dumb" && (environment["NO_COLOR"] ?? "").isEmpty && !noColorFlag
        return Terminal(isTTY: isTTY, width: width, colorEnabled: colorEnabled)
    }

    /// The column count the kernel reports for the terminal on `fd`, or `nil` when unknown.
    private static func windowWidth(fd: Int32) -> Int? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
            return nil
        }
        return Int(size.ws_col)
    }
}

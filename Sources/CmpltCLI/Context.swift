import CmpltCore
import Glibc

/// What a command runs with: the global options, the environment, the clock and the output.
final class Context {
    let options: GlobalOptions
    let environment: [String: String]
    /// The instant the command runs at; every "now" in one command is this one.
    let now: Timestamp
    /// Standard output, buffered.
    let output: OutputBuffer
    /// What standard output is connected to.
    let terminal: Terminal

    init(options: GlobalOptions, environment: [String: String], now: Timestamp, output: OutputBuffer) {
        self.options = options
        self.environment = environment
        self.now = now
        self.output = output
        self.terminal = Terminal.detect(fd: 1, environment: environment, noColorFlag: options.noColor)
    }

    /// The register file this command works on.
    var registerPath: String {
        RegisterLocation.resolve(explicitPath: options.databasePath, environment: environment)
    }

    /// Opens the register; only commands that record something pass `creating: true`.
    /// Commands that print dates for people pass `humanDates: true`, so that ``humanDate``
    /// follows the register's calendar (one more read, which the others skip).
    func openRegister(creating: Bool = false, humanDates: Bool = false) throws(CmpltError) -> Register {
        let register = try Register.open(path: registerPath, creating: creating)
        if humanDates, options.format == .table,
            let system = CalendarSystem(rawValue: try register.settings()[.calendarSystem])
        {
            humanDate = HumanDate(system: system)
        }
        return register
    }

    /// How to write dates for people: in the calendar of the register opened, if any.
    private(set) var humanDate = HumanDate(system: .gregorian)

    /// Who the command acts as: `--by`, else `$USER`, else the login name.
    func actor(_ explicit: String?) -> String {
        ActorName.resolve(explicit: explicit, environment: environment)
    }

    /// Whether standard input is a pipe or a file (not a terminal, not /dev/null).
    var standardInputIsPiped: Bool {
        var info = stat()
        guard fstat(0, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFREG || type == S_IFSOCK
    }

    /// All of standard input as UTF-8 text, without its trailing line breaks.
    func readStandardInput() throws(UsageError) -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[0..<count]
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw UsageError("standard input is not valid UTF-8 text")
        }
        var trimmed = Substring(text)
        while let last = trimmed.last, last == "\n" || last == "\r\n" || last == "\r" { trimmed.removeLast() }
        return String(trimmed)
    }

    /// Writes `text` to standard output.
    func print(_ text: String) {
        output.append(text)
    }

    /// Wraps `text` in `style` when colour is on.
    func styled(_ text: String, _ style: ANSIStyle) -> String {
        terminal.colorEnabled ? style.wrap(text) : text
    }
}

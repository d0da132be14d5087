import Glibc
import Testing

@testable import CmpltCLI

/// A pseudo-terminal pair, so `isatty` is true for ``fd`` and its window size can be set.
private final class PseudoTerminal {
    /// The terminal side, as a program's standard output would see it.
    let fd: Int32
    private let controller: Int32

    /// Opens a new pair, or returns `nil` where the system has no pseudo-terminals.
    init?() {
        // Linux ioctls from <asm-generic/ioctls.h>, which Swift does not import.
        let unlock = UInt(0x4004_5431)  // TIOCSPTLCK
        let number = UInt(0x8004_5430)  // TIOCGPTN
        controller = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var locked: Int32 = 0
        var index: UInt32 = 0
        guard controller >= 0, ioctl(controller, unlock, &locked) == 0, ioctl(controller, number, &index) == 0 else {
            return nil
        }
        fd = open("/dev/pts/\(index)", O_RDWR | O_NOCTTY)
        guard fd >= 0 else {
            close(controller)
            return nil
        }
    }

    deinit {
        close(fd)
        close(controller)
    }

    /// Sets the window size the kernel reports for the terminal.
    func setColumns(_ columns: UInt16) {
        var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(fd, UInt(TIOCSWINSZ), &size)
    }

    /// Whether this system can open a pseudo-terminal.
    static var isAvailable: Bool { PseudoTerminal() != nil }
}

@Suite struct TerminalTests {
    /// Runs `body` with the write end of a new pipe, which is not a terminal.
    private func withPipe(_ body: (Int32) -> Void) {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        body(fds[1])
        close(fds[0])
        close(fds[1])
    }

    @Test func aPipeIsNotATerminalAndHasNoWidthOrColor() {
        withPipe { fd in
            let terminal = Terminal.detect(fd: fd, environment: ["TERM": "xterm-256color"], noColorFlag: false)
            #expect(terminal == Terminal(isTTY: false, width: nil, colorEnabled: false))
        }
    }

    @Test func devNullIsNotATerminal() {
        let fd = open("/dev/null", O_WRONLY)
        defer { close(fd) }
        let terminal = Terminal.detect(fd: fd, environment: [:], noColorFlag: false)
        #expect(terminal == Terminal(isTTY: false, width: nil, colorEnabled: false))
    }

    @Test func positiveColumnsSetsTheWidthEvenWhenPiped() {
        withPipe { fd in
            #expect(Terminal.detect(fd: fd, environment: ["COLUMNS": "100"], noColorFlag: false).width == 100)
        }
    }

    @Test func columnsThatIsNotAPositiveIntegerIsIgnored() {
        withPipe { fd in
            for columns in ["0", "-5", "abc", "", " 80", "80x"] {
                #expect(Terminal.detect(fd: fd, environment: ["COLUMNS": columns], noColorFlag: false).width == nil)
            }
        }
    }

    @Test(.enabled(if: PseudoTerminal.isAvailable))
    func aTerminalGetsColorAndItsWindowWidth() throws {
        let pty = try #require(PseudoTerminal())
        pty.setColumns(77)
        let terminal = Terminal.detect(fd: pty.fd, environment: ["TERM": "xterm"], noColorFlag: false)
        #expect(terminal == Terminal(isTTY: true, width: 77, colorEnabled: true))
    }

    @Test(.enabled(if: PseudoTerminal.isAvailable))
    func columnsOverridesTheWindowWidth() throws {
        let pty = try #require(PseudoTerminal())
        pty.setColumns(77)
        #expect(Terminal.detect(fd: pty.fd, environment: ["COLUMNS": "40"], noColorFlag: false).width == 40)
        #expect(Terminal.detect(fd: pty.fd, environment: ["COLUMNS": "0"], noColorFlag: false).width == 77)
    }

    @Test(.enabled(if: PseudoTerminal.isAvailable))
    func aTerminalWithoutAKnownSizeHasNoWidth() throws {
        let pty = try #require(PseudoTerminal())
        pty.setColumns(0)
        #expect(Terminal.detect(fd: pty.fd, environment: [:], noColorFlag: false).width == nil)
    }

    @Test(.enabled(if: PseudoTerminal.isAvailable))
    func colorIsOffForDumbTerminalsNoColorOrTheFlag() throws {
        let pty = try #require(PseudoTerminal())
        let cases: [([String: String], Bool, Bool)] = [
            ([:], false, true),
            (["TERM": "xterm-256color"], false, true),
            (["TERM": "dumb"], false, false),
            (["NO_COLOR": "1"], false, false),
            (["NO_COLOR": "anything"], false, false),
            (["NO_COLOR": ""], false, true),
            (["TERM": "xterm"], true, false),
        ]
        for (environment, noColorFlag, expected) in cases {
            let terminal = Terminal.detect(fd: pty.fd, environment: environment, noColorFlag: noColorFlag)
            #expect(terminal.colorEnabled == expected, "\(environment) --no-color: \(noColorFlag)")
            #expect(terminal.isTTY)
        }
    }
}

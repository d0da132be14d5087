import CmpltCore
import Glibc

/// The command-line interface: parses arguments, runs a command, reports errors.
public enum CLI {
    /// cmplt's version.
    static let version = "0.1.0"

    /// Every command, in the order help lists them.
    static let commands: [any Command.Type] = [
        LogCommand.self, AdvanceCommand.self, NoteCommand.self, EditCommand.self, ShowCommand.self,
        ListCommand.self, RateCommand.self, ReportCommand.self, ImportCommand.self, ExportCommand.self,
        BackupCommand.self, VerifyCommand.self, EraseCommand.self,
        StatesCommand.self, ConfigCommand.self, HolidayCommand.self,
        CompletionsCommand.self, ManCommand.self, HelpCommand.self,
    ]

    static let parser = ArgumentParser(commands: commands.map { $0.spec }, globalOptions: GlobalOptions.specs)
    static let helpFormatter = HelpFormatter(commands: commands.map { $0.spec }, globalOptions: GlobalOptions.specs)

    /// Runs cmplt with the process's own arguments and environment.
    public static func main() -> Int32 {
        // Past a file-size limit, write(2) should fail (and be reported), not kill the process.
        signal(SIGXFSZ, SIG_IGN)
        // With TZ unset, glibc re-reads /etc/localtime's status on every mktime; naming that same
        // file in TZ gives the same zone, read once (an import converts thousands of local times).
        if getenv("TZ") == nil { setenv("TZ", ":/etc/localtime", 0) }
        do {
            return run(arguments: try ProcessArguments.read(), environment: ProcessArguments.environment())
        } catch {
            reportError(error.message)
            return ExitCode.usage.rawValue
        }
    }

    /// Runs cmplt with `arguments` (without the program name) and returns the exit code.
    public static func run(arguments: [String], environment: [String: String]) -> Int32 {
        let output = OutputBuffer(fd: 1)
        do {
            let invocation = try parser.parse(arguments)
            let options = try GlobalOptions(invocation)
            let context = Context(options: options, environment: environment, now: .now(), output: output)
            if invocation.helpRequested {
                context.print(helpFormatter.help(for: invocation.path))
            } else if invocation.flag(GlobalOptions.version) {
                context.print("cmplt \(version)\n")
            } else if let command = invocation.path.first {
                try Self.command(named: command.name).run(invocation, in: context)
            } else {
                context.print(helpFormatter.help(for: []))
            }
            try output.flush()
            return ExitCode.success.rawValue
        } catch {
            try? output.flush()
            let (code, message) = ExitCode.describe(error)
            reportError(message)
            return code.rawValue
        }
    }

    /// The command type declared as `name`.
    static func command(named name: String) -> any Command.Type {
        commands.first { $0.spec.name == name }!
    }

    /// Writes `cmplt: message` as one line to standard error.
    static func reportError(_ message: String) {
        let line = "cmplt: " + message.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n"
        var bytes = Array(line.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}

import Foundation
import Testing

@testable import CmpltCLI

/// Runs installed programs (shells, groff) for the completion and man page tests.
enum Tool {
    /// The full path of `name` on `PATH` (or in the usual folders), if it is installed.
    static func path(_ name: String) -> String? {
        let folders =
            (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/bin", "/bin", "/usr/local/bin"]
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether `name` is installed.
    static func isInstalled(_ name: String) -> Bool { path(name) != nil }

    /// Runs `executable` with `arguments` in `folder` and returns its status and output.
    static func run(_ executable: String, _ arguments: [String], in folder: URL? = nil) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path(executable) ?? executable)
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LC_ALL": "C.UTF-8"]
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes at once, so neither can fill up and block the child.
        nonisolated(unsafe) var errorData = Data()
        let reader = Thread { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }

    /// A new empty folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cmplt-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

@Suite struct CompletionScriptTests {
    private static let commands = CLI.commands.map { $0.spec }
    private static let globals = GlobalOptions.specs
    private static let bash = CompletionScript.bash(commands, globals: globals)
    private static let zsh = CompletionScript.zsh(commands, globals: globals)
    private static let fish = CompletionScript.fish(commands, globals: globals)
    private static let scripts = [("bash", bash), ("zsh", zsh), ("fish", fish)]

    /// Every command and subcommand, with the names of its options.
    private static var everyCommand: [CommandSpec] {
        commands + commands.flatMap(\.subcommands)
    }

    /// A command whose help texts hold every character that quoting can get wrong.
    private static let hostile = CommandSpec(
        "tricky", abstract: #"It's "odd": $HOME `id` \n [x] (y) {z} ; & | < > * ? ~ # % ! — é"#,
        discussion: "Line one.\nLine 'two'.",
        arguments: [ArgumentSpec("id", help: #"An id: it's $1 [or] `so` \"#)],
        options: [
            OptionSpec("say", value: "words", help: #"Say 'it' with "quotes", $(rm -rf /), `x` and \ or ]."#),
            OptionSpec("pick", value: "choice", help: "Pick: one [of] them.", choices: ["one", "two-b", "c.3"]),
            OptionSpec("flag", short: "f", help: "A flag; it's 100% [safe]: \\"),
        ],
        subcommands: [])

    @Test func everyScriptNamesEveryCommandSubcommandAndOption() {
        for (shell, script) in Self.scripts {
            for command in Self.everyCommand {
                #expect(script.contains(command.name), "\(shell) lacks \(command.name)")
                for option in command.options {
                    #expect(
                        script.contains("--\(option.name)") || script.contains("-l \(option.name)"),
                        "\(shell) lacks --\(option.name)")
                }
            }
            for option in Self.globals {
                #expect(
                    script.contains("--\(option.name)") || script.contains("-l \(option.name)"),
                    "\(shell) lacks --\(option.name)")
            }
        }
    }

    @Test func everyScriptListsEveryChoiceList() {
        for option in Self.everyCommand.flatMap(\.options) + Self.globals where !option.choices.isEmpty {
            let words = option.choices.joined(separator: " ")
            #expect(Self.bash.contains("words='\(words)'"), "bash lacks the values of --\(option.name)")
            #expect(Self.zsh.contains(":(\(words))'"), "zsh lacks the values of --\(option.name)")
            #expect(
                Self.fish.contains("-l \(option.name) -x -a '\(words)'"), "fish lacks the values of --\(option.name)")
        }
        for shell in CompletionScript.Shell.names {
            #expect(Self.bash.contains(shell) && Self.zsh.contains(shell) && Self.fish.contains(shell))
        }
    }

    @Test func zshAndFishDescribeOptionsWithTheirHelpTexts() {
        #expect(Self.zsh.contains("'--note=[A note on the move.]:text: '"))
        #expect(Self.zsh.contains("'log:Record a complaint and print its new id.'"))
        #expect(Self.fish.contains("-l note -x -d 'A note on the move.'"))
        #expect(Self.fish.contains("-s q -l quiet -d 'Print nothing but data and errors.'"))
        #expect(Self.zsh.hasPrefix("#compdef cmplt\n"))
        #expect(Self.bash.contains("complete -F _cmplt cmplt\n"))
    }

    @Test func quotingIsSafeForEveryShell() {
        let bash = CompletionScript.bash([Self.hostile], globals: Self.globals)
        let zsh = CompletionScript.zsh([Self.hostile], globals: Self.globals)
        let fish = CompletionScript.fish([Self.hostile], globals: Self.globals)
        #expect(zsh.contains(#"'--say=[Say '\''it'\'' with "quotes", $(rm -rf /), `x` and \\ or \].]:words: '"#))
        #expect(fish.contains(#"-d 'Say \'it\' with "quotes", $(rm -rf /), `x` and \\ or ].'"#))
        #expect(bash.contains("'tricky --pick') words='one two-b c.3' ;;"))
        #expect(CompletionScript.shellQuoted("it's") == #"'it'\''s'"#)
        #expect(CompletionScript.fishQuoted(#"it's \ ok"#) == #"'it\'s \\ ok'"#)
    }

    @Test func theBashScriptIsValidBash() throws {
        for script in [Self.bash, CompletionScript.bash([Self.hostile], globals: Self.globals)] {
            let result = try check(script, with: "bash", ["-n"])
            #expect(result.status == 0, "bash -n: \(result.stderr)")
        }
    }

    @Test(.enabled(if: Tool.isInstalled("zsh"), "zsh is not installed"))
    func theZshScriptIsValidZsh() throws {
        for script in [Self.zsh, CompletionScript.zsh([Self.hostile], globals: Self.globals)] {
            let result = try check(script, with: "zsh", ["-n"])
            #expect(result.status == 0, "zsh -n: \(result.stderr)")
        }
    }

    @Test(.enabled(if: Tool.isInstalled("fish"), "fish is not installed"))
    func theFishScriptIsValidFish() throws {
        for script in [Self.fish, CompletionScript.fish([Self.hostile], globals: Self.globals)] {
            let result = try check(script, with: "fish", ["--no-execute"])
            #expect(result.status == 0, "fish --no-execute: \(result.stderr)")
        }
    }

    @Test func bashCompletesCommandsOptionsAndValues() throws {
        #expect(try bashCompletions("") == Self.commands.map(\.name))
        #expect(try bashCompletions("co") == ["config", "completions"])
        #expect(try bashCompletions("--db", "x.db", "") == Self.commands.map(\.name))
        #expect(try bashCompletions("log", "--severity", "") == ["low", "medium", "high", "critical"])
        #expect(
            try bashCompletions("advance", "12", "--to", "") == [
                "received", "acknowledged", "assessed", "investigating", "responded", "closed", "escalated",
            ])
        #expect(try bashCompletions("advance", "12", "--to", "=", "cl") == ["closed"])
        #expect(try bashCompletions("advance", "12", "--to=re") == ["--to=received", "--to=responded"])
        #expect(try bashCompletions("list", "--format", "j") == ["json", "jsonl"])
        #expect(try bashCompletions("list", "--category", "billing", "--sev") == ["--severity"])
        #expect(try bashCompletions("config", "") == ["get", "set", "unset", "list"])
        #expect(try bashCompletions("config", "list", "--st") == [])
        #expect(try bashCompletions("help", "config", "") == ["get", "set", "unset", "list"])
        #expect(try bashCompletions("completions", "") == ["bash", "zsh", "fish"])
        #expect(try bashCompletions("note", "1", "") == [])
        #expect(try bashCompletions("log", "--", "--s") == [])
        #expect(try bashCompletions("-q", "--db", "re") == ["register.db"])
        #expect(try bashCompletions("states", "--q").contains("--quiet"))
    }

    @Test(.enabled(if: Tool.isInstalled("fish"), "fish is not installed"))
    func fishCompletesCommandsOptionsAndValues() throws {
        #expect(try fishCompletions("cmplt advance 12 --to cl") == ["closed"])
        #expect(try fishCompletions("cmplt --db x.db log --severity ") == ["critical", "high", "low", "medium"])
        #expect(try fishCompletions("cmplt config ") == ["get", "list", "set", "unset"])
        #expect(try fishCompletions("cmplt config list --st") == [])
        #expect(try fishCompletions("cmplt list --st") == ["--state"])
        #expect(try fishCompletions("cmplt help config u") == ["unset"])
        #expect(try fishCompletions("cmplt --db re") == ["register.db"])
        let tricky = try fishCompletions(
            "cmplt tricky --s", script: CompletionScript.fish([Self.hostile], globals: Self.globals), descriptions: true
        )
        #expect(tricky == ["--say\t" + #"Say 'it' with "quotes", $(rm -rf /), `x` and \ or ]."#])
    }

    /// Writes `script` to a file and runs `shell arguments… file`.
    private func check(_ script: String, with shell: String, _ arguments: [String]) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("cmplt.\(shell)")
        try script.write(to: file, atomically: true, encoding: .utf8)
        return try Tool.run(shell, arguments + [file.path])
    }

    /// What bash offers for `cmplt words…`, the last word being the one completed, in a
    /// folder that holds `register.db`.
    private func bashCompletions(_ words: String...) throws -> [String] {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("register.db"))
        let script = folder.appendingPathComponent("cmplt.bash")
        try Self.bash.write(to: script, atomically: true, encoding: .utf8)
        let line = (["cmplt"] + words).map(CompletionScript.shellQuoted).joined(separator: " ")
        let driver = """
            source \(CompletionScript.shellQuoted(script.path))
            COMP_WORDS=(\(line)); COMP_CWORD=\(words.count); COMPREPLY=()
            _cmplt
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try Tool.run("bash", ["--norc", "-c", driver], in: folder)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    /// What fish offers for the command line `line`, in a folder that holds `register.db`.
    private func fishCompletions(_ line: String, script: String = Self.fish, descriptions: Bool = false) throws
        -> [String]
    {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("register.db"))
        let file = folder.appendingPathComponent("cmplt.fish")
        try script.write(to: file, atomically: true, encoding: .utf8)
        let driver =
            "source \(CompletionScript.fishQuoted(file.path)); complete -C \(CompletionScript.fishQuoted(line))"
        let result = try Tool.run("fish", ["--no-config", "-c", driver], in: folder)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        return descriptions ? lines : lines.map { String($0.prefix { $0 != "\t" }) }
    }
}

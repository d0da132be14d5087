import Foundation
import Testing

@testable import CmpltCLI

@Suite struct ManPageTests {
    private static let commands = CLI.commands.map { $0.spec }
    private static let page = ManPage.render(commands: commands, globals: GlobalOptions.specs, version: CLI.version)

    /// The repository's `docs/cmplt.1`, found from this source file.
    private static let committedPage = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/cmplt.1")

    /// The requests the page may use; any other line starting with `.` or `'` is text that
    /// escaped unprotected.
    private static let requests: Set<String> = [
        ".TH", ".SH", ".SS", ".PP", ".TP", ".RS", ".RE", ".nf", ".fi", ".br", ".BR", ".ad", ".nh", #".\""#,
    ]

    @Test func thePageHasEveryCommandSubcommandAndOption() {
        for command in Self.commands {
            #expect(Self.page.contains(".SS \(ManPage.escaped(command.name))\n"), "no section for \(command.name)")
            #expect(Self.page.contains(ManPage.escaped(command.abstract)))
            for option in command.options {
                #expect(
                    Self.page.contains(#"\fB"# + ManPage.escaped("--\(option.name)") + #"\fR"#),
                    "\(command.name) lacks --\(option.name)")
            }
            for subcommand in command.subcommands {
                #expect(Self.page.contains(".SS \(command.name) \(subcommand.name)\n"))
                #expect(Self.page.contains(".TP\n\\fB\(subcommand.name)\\fR\n"))
            }
            for example in command.examples + command.subcommands.flatMap(\.examples) {
                #expect(Self.page.contains(ManPage.escaped(example)), "no example '\(example)'")
            }
        }
        for option in GlobalOptions.specs {
            #expect(Self.page.contains(ManPage.escaped("--\(option.name)")))
        }
    }

    @Test func thePageHasTheUsualSections() {
        #expect(Self.page.contains(#".TH CMPLT 1 "" "cmplt \#(CLI.version)" "User Commands""#))
        let sections = Self.page.split(separator: "\n").filter { $0.hasPrefix(".SH ") }.map { String($0.dropFirst(4)) }
        #expect(
            sections == [
                "NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "GLOBAL OPTIONS", "ENVIRONMENT", "FILES", "EXIT STATUS",
                "EXAMPLES", "SEE ALSO",
            ])
        #expect(Self.page.contains("cmplt \\- a complaints register for ISO 10002 handling"))
        for variable in ["CMPLT_DB", "XDG_DATA_HOME", "HOME", "USER", "TZ", "NO_COLOR", "COLUMNS"] {
            #expect(Self.page.contains(".TP\n\\fB\(variable)\\fR\n"), "ENVIRONMENT lacks \(variable)")
        }
        for code in 0...5 { #expect(Self.page.contains(".TP\n\\fB\(code)\\fR\n")) }
        #expect(Self.page.contains(#"\fBcmplt\fR \fBlog\fR [\fItext\fR] \fB\-\-channel\fR \fIchannel\fR"#))
    }

    @Test func renderingIsReproducible() {
        #expect(
            ManPage.render(commands: Self.commands, globals: GlobalOptions.specs, version: CLI.version) == Self.page)
        let title = Self.page.split(separator: "\n").first { $0.hasPrefix(".TH ") }
        #expect(title == #".TH CMPLT 1 "" "cmplt \#(CLI.version)" "User Commands""#, "the title line carries no date")
    }

    @Test func textIsEscapedForRoff() {
        #expect(ManPage.escaped(#"a-b \ c"#) == #"a\-b \e c"#)
        #expect(ManPage.escaped("a — b → é") == #"a \[u2014] b \[u2192] \[u00E9]"#)
        let command = CommandSpec(
            "odd", abstract: ".starts like a request",
            discussion: "'quoted start\n.dot start\nplain \\ text",
            options: [OptionSpec("x", help: "'also quoted")],
            examples: [".hidden", "'quoted' example"])
        let page = ManPage.render(commands: [command], globals: [], version: "1.0")
        for line in page.split(separator: "\n") where line.hasPrefix(".") || line.hasPrefix("'") {
            #expect(Self.requests.contains(String(line.prefix { $0 != " " })), "unprotected line: \(line)")
        }
        #expect(page.contains("\\&.starts like a request\n"))
        #expect(page.contains("\\&'quoted start\n.PP\n\\&.dot start\n.PP\nplain \\e text\n"))
        #expect(page.contains("\\&.hidden\n\\&'quoted' example\n"))
    }

    @Test func everyLineOfThePageIsARequestOrText() {
        for line in Self.page.split(separator: "\n") where line.hasPrefix(".") || line.hasPrefix("'") {
            #expect(Self.requests.contains(String(line.prefix { $0 != " " })), "unprotected line: \(line)")
        }
        #expect(!Self.page.unicodeScalars.contains { !$0.isASCII }, "non-ASCII characters must be escaped")
    }

    @Test func theCommittedManPageMatchesTheDeclarations() throws {
        let committed = try String(contentsOf: Self.committedPage, encoding: .utf8)
        #expect(
            committed == Self.page,
            "docs/cmplt.1 is out of date with the command declarations: run 'make man' and commit docs/cmplt.1")
    }

    @Test(.enabled(if: Tool.isInstalled("groff"), "groff is not installed"))
    func groffRendersThePageWithoutWarnings() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("cmplt.1")
        try Self.page.write(to: file, atomically: true, encoding: .utf8)
        let result = try Tool.run("groff", ["-man", "-Tutf8", "-ww", "-z", file.path])
        #expect(result.status == 0 && result.stderr.isEmpty, "groff: \(result.stderr)")
        let text = try Tool.run("groff", ["-man", "-Tutf8", file.path])
        #expect(text.stdout.contains("CMPLT(1)"))
    }
}

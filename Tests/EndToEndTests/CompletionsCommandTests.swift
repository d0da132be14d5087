import Foundation
import Testing

@Suite struct CompletionsCommandTests {
    @Test func completionsBashPrintsTheScriptWithoutARegister() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.cmplt("completions", "bash")
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# bash completion for cmplt"))
        #expect(result.stdout.hasSuffix("complete -F _cmplt cmplt\n"))
        #expect(result.stdout.contains("words='low medium high critical'"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.database))
    }

    @Test func completionsZshAndFishPrintTheirScripts() throws {
        let sandbox = try Sandbox()
        let zsh = try sandbox.cmplt("completions", "zsh")
        #expect(zsh.status == 0 && zsh.stdout.hasPrefix("#compdef cmplt\n"))
        let fish = try sandbox.cmplt("completions", "fish", "--json")
        #expect(fish.status == 0 && fish.stdout.contains("complete -c cmplt "))
        #expect(!FileManager.default.fileExists(atPath: sandbox.database))
    }

    @Test func anUnknownShellIsAUsageErrorListingTheShells() throws {
        let sandbox = try Sandbox()
        expectFailure(try sandbox.cmplt("completions", "tcsh"), status: 2, mentioning: "'tcsh'", "bash, zsh, fish")
        expectFailure(try sandbox.cmplt("completions", "bsh"), status: 2, mentioning: "did you mean 'bash'?")
        expectFailure(try sandbox.cmplt("completions"), status: 2, mentioning: "<shell>")
        expectFailure(
            try sandbox.cmplt("completions", "bash", "zsh"), status: 2, mentioning: "unexpected argument 'zsh'")
    }

    @Test func theHelpSaysHowToInstallEachScript() throws {
        let sandbox = try Sandbox()
        let help = try sandbox.cmplt("help", "completions").stdout
        #expect(help.contains("~/.local/share/bash-completion/completions/cmplt"))
        #expect(help.contains("_cmplt") && help.contains("$fpath"))
        #expect(help.contains("~/.config/fish/completions/cmplt.fish"))
    }

    @Test func manPrintsTheRoffPageWithoutARegister() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.cmplt("man")
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.contains(".TH CMPLT 1 "))
        #expect(result.stdout.contains(".SH EXIT STATUS\n"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.database))
        expectFailure(try sandbox.cmplt("man", "extra"), status: 2, mentioning: "unexpected argument 'extra'")
    }

    @Test func theCommittedManPageIsWhatManPrints() throws {
        let committed = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/cmplt.1")
        let result = try Sandbox().cmplt("man")
        #expect(
            result.stdout == (try String(contentsOf: committed, encoding: .utf8)),
            "docs/cmplt.1 is out of date: run 'make man'")
    }
}

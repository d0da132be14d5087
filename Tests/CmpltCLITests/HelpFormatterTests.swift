import Testing

@testable import CmpltCLI

@Suite struct HelpFormatterTests {
    @Test func everyCommandHasHelpWithItsOptions() {
        for command in CLI.commands.map({ $0.spec }) {
            let text = CLI.helpFormatter.help(for: [command])
            #expect(text.hasPrefix("OVERVIEW: \(command.abstract)"))
            #expect(text.contains("USAGE: cmplt \(command.name)"))
            for option in command.options {
                #expect(text.contains("--\(option.name)"), "\(command.name) help lacks --\(option.name)")
            }
            for subcommand in command.subcommands {
                #expect(
                    CLI.helpFormatter.help(for: [command, subcommand]).contains(
                        "USAGE: cmplt \(command.name) \(subcommand.name)"))
            }
        }
    }

    @Test func usageShowsArgumentsAndRequiredOptions() {
        #expect(
            CLI.helpFormatter.usage(for: [LogCommand.spec])
                == "cmplt log [<text>] --channel <channel> --category <category> [<options>]")
        #expect(CLI.helpFormatter.usage(for: [AdvanceCommand.spec]) == "cmplt advance <id> [<options>]")
    }

    @Test func optionDescriptionsLineUpAndListChoices() {
        let text = CLI.helpFormatter.help(for: [AdvanceCommand.spec])
        #expect(text.contains("  --note <text>             A note on the move.\n"))
        #expect(text.contains("final, withdrawn, referred)"))
    }

    @Test func theOverviewListsEveryCommand() {
        let text = CLI.helpFormatter.help(for: [])
        for command in CLI.commands { #expect(text.contains("  \(command.spec.name) ")) }
    }

    @Test func noTwoOptionsOfACommandShareANameWithEachOtherOrTheGlobals() {
        for command in CLI.commands.map({ $0.spec }) + CLI.commands.flatMap({ $0.spec.subcommands }) {
            let names = (command.options + GlobalOptions.specs).map(\.name)
            #expect(Set(names).count == names.count, "\(command.name) repeats an option name")
        }
    }
}

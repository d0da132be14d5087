import Testing

@testable import CmpltCLI

@Suite struct ArgumentParserTests {
    private let name = OptionSpec("name", value: "name", help: "A name.")
    private let tag = OptionSpec("tag", value: "tag", help: "A tag.", repeatable: true)
    private let loud = OptionSpec("loud", short: "l", help: "Be loud.")
    private let level = OptionSpec("level", value: "level", help: "A level.", choices: ["low", "high"])
    private let quiet = OptionSpec("quiet", short: "q", help: "Be quiet.")
    private let db = OptionSpec("db", value: "path", help: "A register.")
    private let helpFlag = OptionSpec("help", short: "h", help: "Help.")

    private var parser: ArgumentParser {
        ArgumentParser(
            commands: [
                CommandSpec(
                    "greet", abstract: "Greets.",
                    arguments: [
                        ArgumentSpec("who", help: "Whom."), ArgumentSpec("extra", help: "More.", optional: true),
                    ],
                    options: [name, tag, loud, level]),
                CommandSpec(
                    "config", abstract: "Settings.",
                    subcommands: [
                        CommandSpec("get", abstract: "Gets.", arguments: [ArgumentSpec("key", help: "Key.")])
                    ]),
            ],
            globalOptions: [db, quiet, helpFlag])
    }

    @Test func parsesCommandArgumentsAndOptionsInAnyOrder() throws {
        let invocation = try parser.parse([
            "--db", "r.db", "greet", "--name", "Ana", "world", "-q", "--tag", "a", "--tag=b", "-l",
        ])
        #expect(invocation.commandName == "cmplt greet")
        #expect(invocation.positionals == ["world"])
        #expect(invocation.value(name) == "Ana" && invocation.value(db) == "r.db")
        #expect(invocation.values(tag) == ["a", "b"])
        #expect(invocation.flag(loud) && invocation.flag(quiet))
    }

    @Test func aDoubleDashEndsOptionsAndADashIsAnArgument() throws {
        #expect(try parser.parse(["greet", "--", "--name"]).positionals == ["--name"])
        #expect(try parser.parse(["greet", "-"]).positionals == ["-"])
    }

    @Test func valuesMayStartWithADashButNotBeAnotherOption() throws {
        #expect(try parser.parse(["greet", "x", "--name", "-received_at"]).value(name) == "-received_at")
        #expect(throws: UsageError("--name needs a value: --name <name>")) {
            try parser.parse(["greet", "x", "--name", "--loud"])
        }
        #expect(throws: UsageError("--name needs a value: --name <name>")) {
            try parser.parse(["greet", "x", "--name"])
        }
    }

    @Test func unknownOptionsSuggestTheNearestName() {
        #expect(
            throws: UsageError(
                "unknown option '--nmae' for 'cmplt greet'; did you mean '--name'? (see 'cmplt help greet')")
        ) {
            try parser.parse(["greet", "x", "--nmae", "Ana"])
        }
        #expect(throws: UsageError.self) { try parser.parse(["greet", "x", "-z"]) }
    }

    @Test func unknownCommandsSuggestTheNearestName() {
        #expect(throws: UsageError("unknown command 'gret'; did you mean 'greet'? (see 'cmplt help')")) {
            try parser.parse(["gret"])
        }
        #expect(throws: UsageError.self) { try parser.parse(["config", "gte", "k"]) }
    }

    @Test func enumeratedValuesAreCheckedAndListed() {
        #expect(throws: UsageError("invalid value 'mid' for --level; expected one of: low, high")) {
            try parser.parse(["greet", "x", "--level", "mid"])
        }
    }

    @Test func aSingleValuedOptionGivenTwiceIsAnError() {
        #expect(throws: UsageError("--name was given more than once; give it once")) {
            try parser.parse(["greet", "x", "--name", "a", "--name", "b"])
        }
    }

    @Test func flagsTakeNoValue() {
        #expect(throws: UsageError("--loud takes no value")) { try parser.parse(["greet", "x", "--loud=yes"]) }
    }

    @Test func argumentsAreCounted() {
        #expect(throws: UsageError.self) { try parser.parse(["greet"]) }
        #expect(throws: UsageError("unexpected argument 'c' for 'cmplt greet'; quote text that has spaces")) {
            try parser.parse(["greet", "a", "b", "c"])
        }
    }

    @Test func subcommandsAreRequiredAndParsed() throws {
        #expect(try parser.parse(["config", "get", "k"]).path.map(\.name) == ["config", "get"])
        #expect(throws: UsageError.self) { try parser.parse(["config"]) }
    }

    @Test func helpWinsOverOtherMistakes() throws {
        let invocation = try parser.parse(["greet", "--bogus", "--help"])
        #expect(invocation.helpRequested && invocation.commandName == "cmplt greet")
        #expect(try parser.parse(["config", "-h"]).helpRequested)
    }

    @Test func emptyCommandLineHasNoCommand() throws {
        #expect(try parser.parse([]).command == nil)
    }
}

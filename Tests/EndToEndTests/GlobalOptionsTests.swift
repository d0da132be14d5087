import CmpltCore
import Foundation
import Testing

/// The four places a register can live, inside one sandbox.
private struct Locations {
    let flag: String, environment: String, xdgData: String, xdgRegister: String, homeRegister: String

    init(_ sandbox: Sandbox) {
        let folder = sandbox.folder
        flag = folder.appendingPathComponent("flag.db").path
        environment = folder.appendingPathComponent("env.db").path
        xdgData = folder.appendingPathComponent("xdg-data").path
        xdgRegister = folder.appendingPathComponent("xdg-data/cmplt/cmplt.db").path
        homeRegister = folder.appendingPathComponent(".local/share/cmplt/cmplt.db").path
    }

    /// Which of the four registers exist, as names.
    var existing: [String] {
        [("flag", flag), ("env", environment), ("xdg", xdgRegister), ("home", homeRegister)]
            .filter { FileManager.default.fileExists(atPath: $0.1) }.map(\.0)
    }
}

private let logArguments = ["log", "Late delivery", "--channel", "web", "--category", "delivery"]

@Suite struct GlobalOptionsTests {
    // MARK: Where the register lives

    @Test func dbFlagBeatsTheEnvironmentAndTheDataFolders() throws {
        let sandbox = try Sandbox()
        let places = Locations(sandbox)
        let result = try sandbox.run(
            ["--db", places.flag] + logArguments,
            environment: ["CMPLT_DB": places.environment, "XDG_DATA_HOME": places.xdgData])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(places.existing == ["flag"])
    }

    @Test func cmpltDBBeatsTheDataFolders() throws {
        let sandbox = try Sandbox()
        let places = Locations(sandbox)
        let environment = ["CMPLT_DB": places.environment, "XDG_DATA_HOME": places.xdgData]
        #expect(try sandbox.run(logArguments, environment: environment).status == 0)
        #expect(places.existing == ["env"])
        let listed = try sandbox.run(["list", "--format", "jsonl"], environment: environment)
        #expect(listed.status == 0 && listed.stdout.hasPrefix(#"{"id":1,"#))
    }

    @Test func xdgDataHomeBeatsHome() throws {
        let sandbox = try Sandbox()
        let places = Locations(sandbox)
        #expect(try sandbox.run(logArguments, environment: ["XDG_DATA_HOME": places.xdgData]).status == 0)
        #expect(places.existing == ["xdg"])
    }

    @Test func homeIsTheLastResort() throws {
        let sandbox = try Sandbox()
        let places = Locations(sandbox)
        #expect(try sandbox.run(logArguments).status == 0)
        #expect(places.existing == ["home"])
        #expect(try sandbox.run(["show", "1"]).status == 0)
    }

    @Test func dbIsAcceptedBeforeOrAfterTheCommandName() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run(logArguments + ["--db", sandbox.database]).status == 0)
        let before = try sandbox.run(["--db", sandbox.database, "list", "--json"])
        let after = try sandbox.run(["list", "--json", "--db", sandbox.database])
        let afterID = try sandbox.run(["show", "1", "--db", sandbox.database, "--json"])
        #expect(before.status == 0 && after.status == 0 && afterID.status == 0)
        #expect(before.stdout == after.stdout)
        #expect(afterID.stdout.contains(#""description": "Late delivery""#))
        #expect(!FileManager.default.fileExists(atPath: Locations(sandbox).homeRegister))
    }

    @Test func readCommandsOnAMissingRegisterAreNotFoundAndCreateNothing() throws {
        let sandbox = try Sandbox()
        let missing = sandbox.folder.appendingPathComponent("nowhere/register.db").path
        expectFailure(try sandbox.run(["--db", missing, "show", "1"]), status: 3, mentioning: missing)
        expectFailure(try sandbox.run(["--db", missing, "list"]), status: 3, mentioning: missing)
        expectFailure(try sandbox.run(["--db", missing, "list", "--json"]), status: 3, mentioning: missing)
        expectFailure(try sandbox.cmplt("list"), status: 3, mentioning: sandbox.database)
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder.appendingPathComponent("nowhere").path))
        #expect(!FileManager.default.fileExists(atPath: sandbox.database))
    }

    // MARK: Version and help

    @Test func versionPrintsAVersion() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.run(["--version"])
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(result.output.contains(/\d+\.\d+/), "\(result.stdout)")
        #expect(!result.output.contains("\n"))
    }

    @Test func helpGoesToStandardOutputForCmpltAndEveryCommand() throws {
        let sandbox = try Sandbox()
        for arguments in [
            ["help"], ["--help"], ["help", "list"], ["list", "--help"], ["list", "-h"], ["config", "set", "--help"],
            ["help", "config", "set"],
        ] {
            let result = try sandbox.run(arguments)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(arguments): \(result.stderr)")
            for heading in ["OVERVIEW", "USAGE", "OPTIONS"] {
                #expect(result.stdout.contains(heading), "\(arguments): no \(heading) in:\n\(result.stdout)")
            }
        }
        #expect(try sandbox.run(["help", "list"]).stdout == sandbox.run(["list", "--help"]).stdout)
        #expect(try sandbox.run(["list", "--help"]).stdout.contains("--severity"))
        #expect(try sandbox.run(["config", "set", "--help"]).stdout.contains("config set"))
        #expect(!FileManager.default.fileExists(atPath: Locations(sandbox).homeRegister))
    }

    // MARK: Usage errors

    @Test func anUnknownCommandSuggestsTheNearestOne() throws {
        let sandbox = try Sandbox()
        expectFailure(try sandbox.cmplt("lst"), status: 2, mentioning: "'lst'", "did you mean 'list'")
        expectFailure(try sandbox.cmplt("shw", "1"), status: 2, mentioning: "'shw'", "did you mean 'show'")
        #expect(!FileManager.default.fileExists(atPath: sandbox.database))
    }

    @Test func anUnknownFlagSuggestsTheNearestOne() throws {
        let sandbox = try Sandbox()
        try sandbox.log()
        expectFailure(
            try sandbox.cmplt("list", "--severty", "high"), status: 2, mentioning: "'--severty'",
            "did you mean '--severity'")
        let before = try sandbox.registerBytes()
        expectFailure(
            try sandbox.cmplt("log", "x", "--channel", "web", "--category", "x", "--severety", "high"), status: 2,
            mentioning: "did you mean '--severity'")
        #expect(try sandbox.registerBytes() == before)
    }

    @Test func aFlagGivenTwiceIsAUsageError() throws {
        let sandbox = try Sandbox()
        expectFailure(
            try sandbox.cmplt("log", "x", "--channel", "web", "--channel", "email", "--category", "x"), status: 2,
            mentioning: "--channel")
        #expect(!FileManager.default.fileExists(atPath: sandbox.database))
        try sandbox.log()
        expectFailure(
            try sandbox.cmplt("list", "--category", "a", "--category", "b"), status: 2, mentioning: "--category")
        expectFailure(try sandbox.cmplt("list", "--limit", "1", "--limit", "2"), status: 2, mentioning: "--limit")
    }

    // MARK: Formats

    @Test func jsonIsShortForFormatJSON() throws {
        let sandbox = try Sandbox()
        try sandbox.log("first", "--received-at", "2026-03-02T09:00:00Z")
        try sandbox.log("second", "--received-at", "2026-03-03T09:00:00Z", "--tag", "vip")
        for command in [["list"], ["show", "2"], ["config", "list"], ["states"]] {
            let short = try sandbox.run(["--db", sandbox.database] + command + ["--json"])
            let long = try sandbox.run(["--db", sandbox.database] + command + ["--format", "json"])
            #expect(short.status == 0 && long.status == 0, "\(command)")
            #expect(short.stdout == long.stdout, "\(command)")
            #expect(
                (try? JSONSerialization.jsonObject(with: Data(short.stdout.utf8))) != nil, "\(command): \(short.stdout)"
            )
        }
    }

    // MARK: Registers cmplt cannot use

    @Test func aFileThatIsNotARegisterIsAFailureAndStaysUnchanged() throws {
        let sandbox = try Sandbox()
        let text = Data("These are my notes, not a register.\n".utf8)
        try text.write(to: URL(fileURLWithPath: sandbox.database))
        expectFailure(try sandbox.cmplt("list"), status: 1, mentioning: sandbox.database, "not a cmplt register")
        expectFailure(try sandbox.cmplt("show", "1"), status: 1, mentioning: "not a cmplt register")
        expectFailure(
            try sandbox.cmplt("log", "x", "--channel", "web", "--category", "x"), status: 1,
            mentioning: "not a cmplt register")
        expectFailure(
            try sandbox.cmplt("config", "set", "target.acknowledge", "2d"), status: 1,
            mentioning: "not a cmplt register")
        #expect(try sandbox.registerBytes() == text)

        // Another program's SQLite database is not a register either.
        let other = sandbox.folder.appendingPathComponent("other.db").path
        try Database(path: other, create: true).execute("CREATE TABLE note (body TEXT)")
        let otherBytes = try Data(contentsOf: URL(fileURLWithPath: other))
        expectFailure(
            try sandbox.run(["--db", other, "log", "x", "--channel", "web", "--category", "x"]), status: 1,
            mentioning: "not a cmplt register")
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == otherBytes)
    }

    @Test func aRegisterFromANewerCmpltIsRefused() throws {
        let sandbox = try Sandbox()
        try sandbox.log()
        try Database(path: sandbox.database, create: false).execute("PRAGMA user_version = 99")
        expectFailure(try sandbox.cmplt("list"), status: 1, mentioning: "newer cmplt")
        expectFailure(try sandbox.cmplt("show", "1"), status: 1, mentioning: "newer cmplt")
        expectFailure(
            try sandbox.cmplt("log", "x", "--channel", "web", "--category", "x"), status: 1, mentioning: "newer cmplt")
        #expect(try sandbox.sql("SELECT count(*) FROM complaint") == ["1"])
        #expect(try sandbox.sql("PRAGMA user_version") == ["99"])
    }
}

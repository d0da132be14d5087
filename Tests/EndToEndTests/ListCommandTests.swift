import Foundation
import Testing

/// The keys of the contract's complaint object, in contract order.
let contractComplaintKeys = [
    "id", "ref", "received_at", "channel", "category", "product", "severity", "state", "complainant", "contact",
    "description", "desired_outcome", "assignee", "tags", "resolution", "upheld", "outcome", "root_cause",
    "acknowledged_at", "responded_at", "closed_at", "due_acknowledge_at", "due_response_at", "overdue", "reopened",
]

/// The keys of the JSON objects nested `depth` deep in `text`, in the order they are written
/// (depth 1: the keys of a top-level object; 2: of the objects in a top-level array).
func jsonKeys(in text: String, depth wanted: Int) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var keys: [String] = []
    var depth = 0
    var index = 0
    while index < scalars.count {
        switch scalars[index] {
        case "{", "[":
            depth += 1
            index += 1
        case "}", "]":
            depth -= 1
            index += 1
        case "\"":
            var string = String.UnicodeScalarView()
            index += 1
            while index < scalars.count, scalars[index] != "\"" {
                if scalars[index] == "\\" { index += 1 }
                if index < scalars.count { string.append(scalars[index]) }
                index += 1
            }
            index += 1
            var next = index
            while next < scalars.count, scalars[next] == " " || scalars[next] == "\n" { next += 1 }
            if next < scalars.count, scalars[next] == ":", depth == wanted { keys.append(String(string)) }
        default:
            index += 1
        }
    }
    return keys
}

/// The ids `cmplt list --json filters…` prints, in order.
private func listedIDs(_ sandbox: Sandbox, _ filters: String..., environment: [String: String] = [:]) throws -> [Int] {
    let result = try sandbox.run(["--db", sandbox.database, "list", "--json"] + filters, environment: environment)
    guard result.status == 0 else { throw SandboxError("list \(filters) failed (\(result.status)): \(result.stderr)") }
    let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
    return array.map { $0["id"] as! Int }
}

/// Logs a complaint with exactly the flags given (``Sandbox/log(_:_:)`` adds its own channel and category).
private func record(_ sandbox: Sandbox, _ description: String, _ flags: String...) throws {
    let result = try sandbox.run(["--db", sandbox.database, "log", description] + flags)
    guard result.status == 0 else { throw SandboxError("log failed (\(result.status)): \(result.stderr)") }
}

/// Runs a command that must succeed.
private func succeed(_ sandbox: Sandbox, _ arguments: String...) throws {
    let result = try sandbox.run(["--db", sandbox.database] + arguments)
    guard result.status == 0 else { throw SandboxError("\(arguments) failed (\(result.status)): \(result.stderr)") }
}

/// Five complaints to filter, checkable by hand (the clock is long past March 2026):
///
/// | id | received (UTC)   | channel | category | product   | severity | tags         | assignee | state        | overdue |
/// |----|------------------|---------|----------|-----------|----------|--------------|----------|--------------|---------|
/// | 1  | 2026-03-01 09:00 | email   | billing  | Gold card | high     | vip          |          | received     | yes: never acknowledged |
/// | 2  | 2026-03-02 10:00 | web     | delivery | Next day  | low      | fragile, vip | ana      | acknowledged | yes: response was due 03-22 |
/// | 3  | 2026-03-03 23:30 | phone   | service  |           |          |              | bob      | acknowledged | no: no response target |
/// | 4  | 2026-03-31 22:00 | email   | billing  | Gold card | medium   |              |          | closed       | no: closed |
/// | 5  | now              | web     | service  |           |          |              |          | received     | no: due tomorrow |
///
/// Only 4 has a resolution: "Refunded the duplicate charge".
private func fiveComplaints() throws -> Sandbox {
    let sandbox = try Sandbox()
    try record(
        sandbox, "Charged twice for one order", "--channel", "email", "--category", "billing", "--product", "Gold card",
        "--severity", "high", "--tag", "vip", "--received-at", "2026-03-01T09:00:00Z")
    try record(
        sandbox, "Parcel arrived broken", "--channel", "web", "--category", "delivery", "--product", "Next day",
        "--severity", "low", "--tag", "fragile", "--tag", "vip", "--received-at", "2026-03-02T10:00:00Z")
    try record(
        sandbox, "Agent hung up on me", "--channel", "phone", "--category", "service", "--received-at",
        "2026-03-03T23:30:00Z")
    try record(
        sandbox, "Refund never arrived", "--channel", "email", "--category", "billing", "--product", "Gold card",
        "--severity", "medium", "--received-at", "2026-03-31T22:00:00Z")
    try record(sandbox, "Website slow", "--channel", "web", "--category", "service")
    try succeed(sandbox, "advance", "2", "--assignee", "ana", "--at", "2026-03-02T11:00:00Z")
    try succeed(sandbox, "edit", "3", "--assignee", "bob")
    try succeed(sandbox, "advance", "3", "--at", "2026-03-04T09:00:00Z")
    try succeed(
        sandbox, "advance", "4", "--to", "closed", "--outcome", "accepted", "--resolution",
        "Refunded the duplicate charge",
        "--upheld", "yes", "--at", "2026-04-02T09:00:00Z")
    return sandbox
}

/// Two complaints whose every field is known, for exact output:
///
/// 1. received 2026-03-01T09:00+03:30 (05:30Z), high, tags vip and a, ref TCK-1, acknowledged at
///    12:00Z; description with a comma, quotes, a line break and a backslash; overdue (response
///    was due 03-06T05:30Z).
/// 2. received 2026-03-02T10:00Z, critical, resolved and closed at 2026-03-03T10:00Z; desired
///    outcome with a tab; not overdue.
private func twoKnownComplaints() throws -> Sandbox {
    let sandbox = try Sandbox()
    try record(
        sandbox, "Charged twice, \"again\"\nsee C:\\bills", "--channel", "email", "--category", "billing",
        "--severity", "high", "--tag", "vip", "--tag", "a", "--ref", "TCK-1", "--received-at",
        "2026-03-01T09:00:00+03:30")
    try succeed(sandbox, "advance", "1", "--at", "2026-03-01T12:00:00Z")
    try record(
        sandbox, "Parcel lost", "--channel", "web", "--category", "delivery", "--product", "Next day", "--severity",
        "critical",
        "--complainant", "Ana Silva", "--contact", "ana@example.com", "--desired-outcome", "Refund\tor replacement",
        "--received-at", "2026-03-02T10:00:00Z", "--by", "bob")
    try succeed(
        sandbox, "advance", "2", "--to", "closed", "--outcome", "accepted", "--resolution", "Refunded in full",
        "--upheld", "partly", "--root-cause", "Courier error", "--assignee", "ana", "--at", "2026-03-03T10:00:00Z")
    return sandbox
}

private let jsonLine1 =
    #"{"id":1,"ref":"TCK-1","received_at":"2026-03-01T05:30:00Z","channel":"email","category":"billing","product":null,"severity":"high","state":"acknowledged","complainant":null,"contact":null,"description":"Charged twice, \"again\"\nsee C:\\bills","desired_outcome":null,"assignee":null,"tags":["a","vip"],"resolution":null,"upheld":null,"outcome":null,"root_cause":null,"acknowledged_at":"2026-03-01T12:00:00Z","responded_at":null,"closed_at":null,"due_acknowledge_at":"2026-03-02T05:30:00Z","due_response_at":"2026-03-06T05:30:00Z","overdue":true,"reopened":0}"#
private let jsonLine2 =
    #"{"id":2,"ref":null,"received_at":"2026-03-02T10:00:00Z","channel":"web","category":"delivery","product":"Next day","severity":"critical","state":"closed","complainant":"Ana Silva","contact":"ana@example.com","description":"Parcel lost","desired_outcome":"Refund\tor replacement","assignee":"ana","tags":[],"resolution":"Refunded in full","upheld":"partly","outcome":"accepted","root_cause":"Courier error","acknowledged_at":"2026-03-03T10:00:00Z","responded_at":"2026-03-03T10:00:00Z","closed_at":"2026-03-03T10:00:00Z","due_acknowledge_at":"2026-03-03T10:00:00Z","due_response_at":"2026-03-04T10:00:00Z","overdue":false,"reopened":0}"#

private let csvHeader = contractComplaintKeys.joined(separator: ",") + "\n"
private let csvRows = """
    1,TCK-1,2026-03-01T05:30:00Z,email,billing,,high,acknowledged,,,"Charged twice, ""again""
    see C:\\bills",,,a;vip,,,,,2026-03-01T12:00:00Z,,,2026-03-02T05:30:00Z,2026-03-06T05:30:00Z,true,0
    2,,2026-03-02T10:00:00Z,web,delivery,Next day,critical,closed,Ana Silva,ana@example.com,Parcel lost,Refund\tor replacement,\
    ana,,Refunded in full,partly,accepted,Courier error,2026-03-03T10:00:00Z,2026-03-03T10:00:00Z,2026-03-03T10:00:00Z,\
    2026-03-03T10:00:00Z,2026-03-04T10:00:00Z,false,0

    """

@Suite struct ListCommandTests {
    // MARK: Filters

    @Test func withoutFiltersEveryComplaintComesByIdEvenWhenReceivedOutOfOrder() throws {
        let sandbox = try Sandbox()
        try sandbox.log("Logged first, received later", "--received-at", "2026-05-01T09:00:00Z")
        try sandbox.log("Logged second, received earlier", "--received-at", "2026-04-01T09:00:00Z")
        #expect(try listedIDs(sandbox) == [1, 2])
        #expect(try listedIDs(sandbox, "--sort", "received_at") == [2, 1])
    }

    @Test func stateIsRepeatableAndOpenLeavesOutClosed() throws {
        let sandbox = try fiveComplaints()
        #expect(try listedIDs(sandbox, "--state", "received") == [1, 5])
        #expect(try listedIDs(sandbox, "--state", "acknowledged", "--state", "closed") == [2, 3, 4])
        #expect(try listedIDs(sandbox, "--state", "escalated") == [])
        #expect(try listedIDs(sandbox, "--open") == [1, 2, 3, 5])
        #expect(try listedIDs(sandbox, "--open", "--state", "closed") == [])
    }

    @Test func overdueListsOpenComplaintsPastADueDate() throws {
        let sandbox = try fiveComplaints()
        // 1 was never acknowledged; 2 was acknowledged but its low-severity response was due 2026-03-22.
        #expect(try listedIDs(sandbox, "--overdue") == [1, 2])
        let listed =
            try JSONSerialization.jsonObject(with: Data(try sandbox.cmplt("list", "--json").stdout.utf8))
            as! [[String: Any]]
        #expect(listed.map { $0["overdue"] as? Bool } == [true, true, false, false, false])
    }

    @Test func fieldFiltersMatchExactly() throws {
        let sandbox = try fiveComplaints()
        #expect(try listedIDs(sandbox, "--category", "billing") == [1, 4])
        #expect(try listedIDs(sandbox, "--channel", "web") == [2, 5])
        #expect(try listedIDs(sandbox, "--severity", "high") == [1])
        #expect(try listedIDs(sandbox, "--severity", "low") == [2])
        #expect(try listedIDs(sandbox, "--product", "Gold card") == [1, 4])
        #expect(try listedIDs(sandbox, "--assignee", "ana") == [2])
        #expect(try listedIDs(sandbox, "--assignee", "bob") == [3])
        #expect(try listedIDs(sandbox, "--tag", "vip") == [1, 2])
        #expect(try listedIDs(sandbox, "--tag", "fragile") == [2])
        #expect(try listedIDs(sandbox, "--category", "billing", "--open") == [1])
        #expect(try listedIDs(sandbox, "--channel", "web", "--tag", "vip", "--severity", "low") == [2])
    }

    @Test func sinceIsInclusiveAndUntilIncludesABareDayWholeButExcludesATime() throws {
        let sandbox = try fiveComplaints()
        #expect(try listedIDs(sandbox, "--since", "2026-03-02") == [2, 3, 4, 5])
        #expect(try listedIDs(sandbox, "--since", "2026-03-02T10:00:00Z") == [2, 3, 4, 5])
        #expect(try listedIDs(sandbox, "--since", "2026-03-02T10:00:01Z") == [3, 4, 5])
        #expect(try listedIDs(sandbox, "--until", "2026-03-03") == [1, 2, 3])
        #expect(try listedIDs(sandbox, "--until", "2026-03-03T23:30") == [1, 2])
        #expect(try listedIDs(sandbox, "--since", "2026-03-01", "--until", "2026-03-31") == [1, 2, 3, 4])
        // In Tehran (UTC+03:30) March 3rd ends at 20:30Z, before complaint 3 arrived.
        #expect(try listedIDs(sandbox, "--until", "2026-03-03", environment: ["TZ": "Asia/Tehran"]) == [1, 2])
    }

    @Test func searchLooksInTheDescriptionAndTheResolution() throws {
        let sandbox = try fiveComplaints()
        // "Charged twice…" by its description, 4 by its resolution "Refunded the duplicate charge".
        #expect(try listedIDs(sandbox, "--search", "charge") == [1, 4])
        #expect(try listedIDs(sandbox, "--search", "duplicate") == [4])
        #expect(try listedIDs(sandbox, "--search", "parcel") == [2])
        #expect(try listedIDs(sandbox, "--search", "nothing like this") == [])
    }

    @Test func limitCutsTheListAfterSorting() throws {
        let sandbox = try fiveComplaints()
        #expect(try listedIDs(sandbox, "--limit", "2") == [1, 2])
        #expect(try listedIDs(sandbox, "--sort", "-received_at", "--limit", "2") == [5, 4])
        #expect(try listedIDs(sandbox, "--open", "--limit", "3") == [1, 2, 3])
        #expect(try listedIDs(sandbox, "--limit", "10") == [1, 2, 3, 4, 5])
        #expect(try listedIDs(sandbox, "--limit", "0") == [])
    }

    @Test func sortTakesAFieldAscendingOrDescendingAndSeverityByRank() throws {
        let sandbox = try fiveComplaints()
        #expect(try listedIDs(sandbox, "--sort", "received_at") == [1, 2, 3, 4, 5])
        #expect(try listedIDs(sandbox, "--sort", "-received_at") == [5, 4, 3, 2, 1])
        #expect(try listedIDs(sandbox, "--sort", "category") == [1, 4, 2, 3, 5])
        #expect(try listedIDs(sandbox, "--sort", "-id") == [5, 4, 3, 2, 1])
        // Severity by rank (low < medium < high < critical), not by name; complaints without one last.
        #expect(try listedIDs(sandbox, "--sort", "severity") == [2, 4, 1, 3, 5])
        #expect(try listedIDs(sandbox, "--sort", "-severity") == [1, 4, 2, 3, 5])
    }

    // MARK: Output formats

    @Test func noMatchIsSuccessWithAnEmptyResultInEveryFormat() throws {
        let sandbox = try fiveComplaints()
        let table = try sandbox.cmplt("list", "--category", "none")
        #expect(table.status == 0 && table.stdout.isEmpty && table.stderr.isEmpty)
        let json = try sandbox.cmplt("list", "--category", "none", "--json")
        #expect(json.status == 0 && json.output.trimmingCharacters(in: .whitespaces) == "[]")
        let jsonl = try sandbox.cmplt("list", "--category", "none", "--format", "jsonl")
        #expect(jsonl.status == 0 && jsonl.stdout.isEmpty)
        let csv = try sandbox.cmplt("list", "--category", "none", "--format", "csv")
        #expect(csv.status == 0 && csv.stdout == csvHeader)
        let tsv = try sandbox.cmplt("list", "--category", "none", "--format", "tsv")
        #expect(tsv.status == 0 && tsv.stdout == contractComplaintKeys.joined(separator: "\t") + "\n")
    }

    @Test func tablePrintsAHeaderAndOneLinePerComplaint() throws {
        let sandbox = try twoKnownComplaints()
        let result = try sandbox.cmplt("list")
        #expect(result.status == 0 && result.stderr.isEmpty)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first?.contains("ID") == true && lines.first?.contains("STATE") == true)
        #expect(lines.count == 3 && lines[1].contains("acknowledged") && lines[1].contains("billing"))
        #expect(lines.count == 3 && lines[2].contains("closed") && lines[2].contains("Parcel lost"))
    }

    @Test func jsonLinesPrintsTheContractObjectWithKeysInOrderUTCDatesAndNulls() throws {
        let sandbox = try twoKnownComplaints()
        let result = try sandbox.cmplt("list", "--format", "jsonl")
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(result.stdout == jsonLine1 + "\n" + jsonLine2 + "\n")
        for line in result.output.split(separator: "\n") {
            #expect(jsonKeys(in: String(line), depth: 1) == contractComplaintKeys)
        }
    }

    @Test func jsonPrintsAnArrayOfTheSameObjectsInContractKeyOrder() throws {
        let sandbox = try twoKnownComplaints()
        let result = try sandbox.cmplt("list", "--json")
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(jsonKeys(in: result.stdout, depth: 2) == contractComplaintKeys + contractComplaintKeys)
        let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [Any]
        let expected = try [jsonLine1, jsonLine2].map { try JSONSerialization.jsonObject(with: Data($0.utf8)) }
        #expect(NSArray(array: array).isEqual(to: expected))
        // Typed values, as the contract fixes them.
        #expect(result.stdout.contains(#""id": 1,"#) && result.stdout.contains(#""reopened": 0"#))
        #expect(result.stdout.contains(#""overdue": true"#) && result.stdout.contains(#""overdue": false"#))
        #expect(result.stdout.contains(#""product": null"#) && result.stdout.contains(#""tags": []"#))
    }

    @Test func csvQuotesPerRFC4180AndJoinsTagsWithSemicolons() throws {
        let sandbox = try twoKnownComplaints()
        let result = try sandbox.cmplt("list", "--format", "csv")
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix(csvHeader + csvRows), "got:\n\(result.stdout)")
    }

    @Test func csvPrintsTheHeaderRowOnlyOnce() throws {
        let sandbox = try twoKnownComplaints()
        let result = try sandbox.cmplt("list", "--format", "csv")
        #expect(result.stdout == csvHeader + csvRows, "got:\n\(result.stdout)")
    }

    @Test func tsvEscapesTabsLineBreaksAndBackslashes() throws {
        let sandbox = try twoKnownComplaints()
        let result = try sandbox.cmplt("list", "--format", "tsv")
        #expect(result.status == 0 && result.stderr.isEmpty)
        let expected = [
            contractComplaintKeys.joined(separator: "\t"),
            [
                "1", "TCK-1", "2026-03-01T05:30:00Z", "email", "billing", "", "high", "acknowledged", "", "",
                #"Charged twice, "again"\nsee C:\\bills"#, "", "", "a;vip", "", "", "", "", "2026-03-01T12:00:00Z", "",
                "",
                "2026-03-02T05:30:00Z", "2026-03-06T05:30:00Z", "true", "0",
            ].joined(separator: "\t"),
            [
                "2", "", "2026-03-02T10:00:00Z", "web", "delivery", "Next day", "critical", "closed", "Ana Silva",
                "ana@example.com",
                "Parcel lost", #"Refund\tor replacement"#, "ana", "", "Refunded in full", "partly", "accepted",
                "Courier error",
                "2026-03-03T10:00:00Z", "2026-03-03T10:00:00Z", "2026-03-03T10:00:00Z", "2026-03-03T10:00:00Z",
                "2026-03-04T10:00:00Z",
                "false", "0",
            ].joined(separator: "\t"),
        ].map { $0 + "\n" }.joined()
        #expect(result.stdout == expected, "got:\n\(result.stdout)")
    }

    // MARK: Bad filter values

    @Test func aBadStateListsTheValidOnes() throws {
        let sandbox = try fiveComplaints()
        expectFailure(
            try sandbox.cmplt("list", "--state", "pending"), status: 2,
            mentioning: "'pending'", "received, acknowledged, assessed, investigating, responded, closed, escalated")
        expectFailure(
            try sandbox.cmplt("list", "--state", "received", "--state", "done"), status: 2, mentioning: "'done'")
        expectFailure(
            try sandbox.cmplt("list", "--severity", "urgent"), status: 2, mentioning: "'urgent'",
            "low, medium, high, critical")
    }

    @Test func aBadDateIsAUsageError() throws {
        let sandbox = try fiveComplaints()
        expectFailure(
            try sandbox.cmplt("list", "--since", "2026-02-30"), status: 2, mentioning: "--since", "2026-02-30")
        expectFailure(
            try sandbox.cmplt("list", "--until", "last tuesday"), status: 2, mentioning: "--until", "last tuesday")
        expectFailure(try sandbox.cmplt("list", "--since", "2999-01-01"), status: 2, mentioning: "--since", "future")
    }

    @Test func aBadLimitIsAUsageError() throws {
        let sandbox = try fiveComplaints()
        expectFailure(try sandbox.cmplt("list", "--limit", "ten"), status: 2, mentioning: "--limit", "'ten'")
        expectFailure(try sandbox.cmplt("list", "--limit", "-1"), status: 2, mentioning: "--limit", "'-1'")
        expectFailure(try sandbox.cmplt("list", "--limit", "2.5"), status: 2, mentioning: "--limit")
    }

    @Test func anUnknownSortFieldListsTheSortableOnes() throws {
        let sandbox = try fiveComplaints()
        expectFailure(
            try sandbox.cmplt("list", "--sort", "priority"), status: 2, mentioning: "'priority'", "received_at",
            "severity")
        expectFailure(try sandbox.cmplt("list", "--sort", "-priority"), status: 2, mentioning: "'priority'")
    }
}

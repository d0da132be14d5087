import Foundation
import Testing

@Suite struct RateCommandTests {
    @Test func aRatingIsStoredWithEveryAnswerAndShownWithTheComplaint() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x", "--received-at", "2026-03-02T09:00:00Z"))
        let result = try sandbox.cmplt(
            "rate", id, "--score", "4", "--nps", "9", "--effort", "6", "--comment", "Quick, thanks", "--attr",
            "speed=5",
            "--attr", "courtesy=3", "--at", "2026-03-05T10:00:00Z", "--by", "survey")
        #expect(result.status == 0 && result.output == "#\(id) rated 4/5")
        #expect(try sandbox.cmplt("rate", id, "--score", "2").status == 0)
        let ratings = try sandbox.complaint(Int(id)!)["ratings"] as! [[String: Any]]
        #expect(ratings.count == 2)
        #expect(ratings[0]["score"] as? Int == 4 && ratings[0]["nps"] as? Int == 9 && ratings[0]["effort"] as? Int == 6)
        #expect(ratings[0]["at"] as? String == "2026-03-05T10:00:00Z" && ratings[0]["actor"] as? String == "survey")
        #expect(ratings[0]["attributes"] as? [String: Int] == ["courtesy": 3, "speed": 5])
        #expect(ratings[1]["nps"] is NSNull && ratings[1]["effort"] is NSNull)
        #expect(
            try sandbox.cmplt("show", id).stdout.contains(
                "score 4/5, recommend 9/10, effort 6/7, courtesy 3/5, speed 5/5: Quick, thanks"))
    }

    @Test func valuesOutOfRangeAreUsageErrorsAndChangeNothing() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x"))
        let bytes = try sandbox.registerBytes()
        expectFailure(try sandbox.cmplt("rate", id), status: 2, mentioning: "--score")
        expectFailure(try sandbox.cmplt("rate", id, "--score", "0"), status: 2, mentioning: "1 to 5")
        expectFailure(try sandbox.cmplt("rate", id, "--score", "5", "--nps", "11"), status: 2, mentioning: "0 to 10")
        expectFailure(try sandbox.cmplt("rate", id, "--score", "5", "--effort", "0"), status: 2, mentioning: "1 to 7")
        expectFailure(
            try sandbox.cmplt("rate", id, "--score", "5", "--attr", "speed"), status: 2, mentioning: "NAME=1..5")
        expectFailure(
            try sandbox.cmplt("rate", id, "--score", "5", "--attr", "a=1", "--attr", "a=2"), status: 2,
            mentioning: "'a'")
        expectFailure(try sandbox.cmplt("rate", "9", "--score", "5"), status: 3, mentioning: "#9")
        expectFailure(
            try sandbox.cmplt("rate", id, "--score", "5", "--at", "2001-01-01"), status: 4, mentioning: "precede")
        #expect(try sandbox.registerBytes() == bytes)
    }

    @Test func listFiltersRatedAndUnratedComplaints() throws {
        let sandbox = try Sandbox()
        let rated = try sandbox.log("rated")
        try sandbox.log("unrated")
        try sandbox.cmplt("rate", String(rated), "--score", "5")
        #expect(try sandbox.cmplt("list", "--rated", "--format", "tsv").stdout.split(separator: "\n").count == 2)
        let unrated = try sandbox.json("list", "--unrated") as! [[String: Any]]
        #expect(unrated.map { $0["id"] as? Int } == [2])
        expectFailure(try sandbox.cmplt("list", "--rated", "--unrated"), status: 2, mentioning: "--unrated")
    }

    @Test func ratingsAreAppendOnly() throws {
        let sandbox = try Sandbox()
        let id = String(try sandbox.log("x"))
        try sandbox.cmplt("rate", id, "--score", "3")
        #expect(throws: (any Error).self) { try sandbox.sql("UPDATE rating SET score = 5") }
    }
}

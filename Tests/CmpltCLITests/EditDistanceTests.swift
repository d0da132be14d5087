import Testing

@testable import CmpltCLI

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("abc", "", 3), ("", "ab", 2), ("kitten", "sitting", 3), ("severty", "severity", 1),
        ("flaw", "lawn", 2), ("shwo", "show", 1), ("ca", "abc", 3),
    ])
    func countsInsertionsDeletionsAndSubstitutions(a: String, b: String, distance: Int) {
        #expect(EditDistance.between(a, b) == distance)
        #expect(EditDistance.between(b, a) == distance)
    }

    @Test func suggestsOnlyCloseNames() {
        #expect(EditDistance.suggestion(for: "--severty", among: ["--severity", "--state"]) == "--severity")
        #expect(EditDistance.suggestion(for: "lst", among: ["list", "log"]) == "list")
        #expect(EditDistance.suggestion(for: "frobnicate", among: ["list", "log"]) == nil)
        #expect(EditDistance.suggestion(for: "adv", among: ["advance", "edit"]) == "advance")
        #expect(EditDistance.suggestion(for: "shwo", among: ["show", "states"]) == "show")
    }
}

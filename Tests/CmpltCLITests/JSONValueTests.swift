import Testing

@testable import CmpltCLI

@Suite struct JSONValueTests {
    @Test func objectsAreEqualOnlyWithTheSameKeysInTheSameOrder() {
        let value: JSONValue = .object([("a", .int(1)), ("b", .null)])
        #expect(value == .object([("a", .int(1)), ("b", .null)]))
        #expect(value != .object([("b", .null), ("a", .int(1))]))
        #expect(value != .object([("a", .int(1))]))
        #expect(value != .object([("a", .int(2)), ("b", .null)]))
    }

    @Test func valuesOfDifferentKindsAreNeverEqual() {
        #expect(JSONValue.int(1) != .double(1))
        #expect(JSONValue.string("1") != .int(1))
        #expect(JSONValue.null != .array([]))
        #expect(JSONValue.array([]) != .object([]))
        #expect(JSONValue.bool(false) != .null)
    }

    @Test func arraysCompareElementByElement() {
        #expect(JSONValue.array([.int(1), .string("x")]) == .array([.int(1), .string("x")]))
        #expect(JSONValue.array([.int(1), .string("x")]) != .array([.string("x"), .int(1)]))
    }

    @Test func optionalHelpersMapNilToNull() {
        #expect(JSONValue.optional(nil as String?) == .null)
        #expect(JSONValue.optional("ref-1" as String?) == .string("ref-1"))
        #expect(JSONValue.optional(nil as Int64?) == .null)
        #expect(JSONValue.optional(42 as Int64?) == .int(42))
        #expect(JSONValue.optional(nil as Double?) == .null)
        #expect(JSONValue.optional(2.5 as Double?) == .double(2.5))
        #expect(JSONValue.optional(nil as Bool?) == .null)
        #expect(JSONValue.optional(true as Bool?) == .bool(true))
    }

    @Test func literalsBuildTheMatchingCasesAndKeepKeyOrder() {
        let value: JSONValue = ["id": 7, "score": 4.5, "open": true, "ref": "A-1", "tags": ["a"], "none": .null]
        #expect(
            value
                == .object([
                    ("id", .int(7)), ("score", .double(4.5)), ("open", .bool(true)), ("ref", .string("A-1")),
                    ("tags", .array([.string("a")])), ("none", .null),
                ]))
    }
}

import CmpltCore
import Testing

@Suite struct JSONScalarTests {
    @Test func comparesNumbersByTheirText() {
        #expect(JSONScalar.number("1") == .number("1"))
        #expect(JSONScalar.number("1") != .number("1.0"))
        #expect(JSONScalar.number("1") != .string("1"))
    }

    @Test func comparesObjectsMemberByMemberInOrder() {
        let object = JSONScalar.object([("a", .null), ("b", .array([.bool(true)]))])
        #expect(object == .object([("a", .null), ("b", .array([.bool(true)]))]))
        #expect(object != .object([("b", .array([.bool(true)])), ("a", .null)]))
        #expect(object != .object([("a", .null)]))
        #expect(object != .object([("a", .null), ("b", .array([.bool(false)]))]))
        #expect(JSONScalar.object([]) != .array([]))
    }
}

import CmpltCore
import Testing

struct CivilDateTimeTests {
    @Test func describesAsISODateTimeWithoutZone() {
        #expect(
            CivilDateTime(date: CivilDate(2026, 11, 21), hour: 14, minute: 30, second: 5).description
                == "2026-11-21T14:30:05")
        #expect(
            CivilDateTime(date: CivilDate(1, 1, 1), hour: 0, minute: 0, second: 0).description
                == "0001-01-01T00:00:00")
    }

    @Test func comparesByAllFields() {
        let time = CivilDateTime(date: CivilDate(2026, 11, 21), hour: 14, minute: 30, second: 0)
        #expect(time == CivilDateTime(date: CivilDate(2026, 11, 21), hour: 14, minute: 30, second: 0))
        #expect(time != CivilDateTime(date: CivilDate(2026, 11, 21), hour: 14, minute: 30, second: 1))
    }
}

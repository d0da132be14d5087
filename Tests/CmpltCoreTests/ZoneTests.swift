import CmpltCore
import Testing

struct ZoneTests {
    let tehran = Zone.fixed(offsetSeconds: 12_600)
    let newYork = Zone.fixed(offsetSeconds: -18_000)
    let instant = Timestamp(day: KnownDay.saturday20261121, 14, 30)

    @Test func showsWallClockTimesAtFixedOffsets() {
        #expect(Zone.utc.civil(instant).description == "2026-11-21T14:30:00")
        #expect(tehran.civil(instant).description == "2026-11-21T18:00:00")
        #expect(newYork.civil(Timestamp(day: KnownDay.saturday20261121, 2)).description == "2026-11-20T21:00:00")
        #expect(tehran.civil(Timestamp(day: KnownDay.saturday20261121, 22)).description == "2026-11-22T01:30:00")
        #expect(Zone.utc.civil(Timestamp(seconds: -1)).description == "1969-12-31T23:59:59")
    }

    @Test func convertsWallClockTimesBackToInstants() {
        let evening = CivilDateTime(date: CivilDate(2026, 11, 21), hour: 18, minute: 0, second: 0)
        #expect(tehran.timestamp(evening) == instant)
        #expect(Zone.utc.timestamp(evening) == Timestamp(day: KnownDay.saturday20261121, 18))
        for seconds in stride(from: Int64(-200_000), through: 200_000, by: 3_599) {
            let t = Timestamp(seconds: seconds)
            #expect(newYork.timestamp(newYork.civil(t)) == t)
        }
    }

    @Test func normalisesFieldsBeyondTheirRange() {
        let midnight = CivilDateTime(date: CivilDate(2026, 11, 20), hour: 24, minute: 0, second: 0)
        #expect(Zone.utc.timestamp(midnight) == Timestamp(day: KnownDay.saturday20261121))
    }

    @Test func startsDaysAtLocalMidnight() {
        #expect(Zone.utc.startOfDay(CivilDate(2026, 11, 21)) == Timestamp(day: KnownDay.saturday20261121))
        #expect(tehran.startOfDay(CivilDate(2026, 11, 21)) == Timestamp(day: KnownDay.friday20261120, 20, 30))
    }

    @Test func reportsFixedOffsets() {
        #expect(tehran.offset(at: instant) == 12_600)
        #expect(Zone.utc == .fixed(offsetSeconds: 0))
    }

    /// `.local` depends on the machine's TZ, so this only checks that it agrees with itself
    /// at mid-month instants, when no zone changes its clocks.
    @Test(arguments: [Timestamp(day: 20_468, 12), Timestamp(day: 20_649, 12)])
    func localZoneIsConsistentWithItsOwnOffset(t: Timestamp) {
        let local = Zone.local.civil(t)
        #expect(local == Zone.fixed(offsetSeconds: Zone.local.offset(at: t)).civil(t))
        #expect(Zone.local.timestamp(local) == t)
    }
}

import CmpltCore

extension CivilDate {
    /// A date known to exist, for tests: `CivilDate(2026, 11, 21)`.
    init(_ year: Int, _ month: Int, _ day: Int) {
        self = CivilDate(year: year, month: month, day: day)!
    }
}

extension Timestamp {
    /// The instant at `hour:minute:second` UTC on the day `days` days after 1970-01-01, for tests.
    init(day days: Int64, _ hour: Int64 = 0, _ minute: Int64 = 0, _ second: Int64 = 0) {
        self.init(seconds: days * 86_400 + hour * 3_600 + minute * 60 + second)
    }
}

/// Day numbers since 1970-01-01 worked out by hand (365 days a year plus one per leap day, plus the days of the earlier months).
enum KnownDay {
    /// 2026-11-20, a Friday.
    static let friday20261120: Int64 = 20_777
    /// 2026-11-21, a Saturday: 56 × 365 + 14 leap days + 304 + 20.
    static let saturday20261121: Int64 = 20_778
}

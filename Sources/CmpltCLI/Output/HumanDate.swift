import CmpltCore

/// Dates as people read them: local time, to the minute, in the register's calendar
/// (`2026-11-21 14:30`, or `1405-08-30 14:30` with `calendar.system persian`).
struct HumanDate {
    let system: CalendarSystem

    /// The day and time to the minute.
    func format(_ timestamp: Timestamp) -> String {
        let civil = Zone.local.civil(timestamp)
        // Joined with +, not interpolated: lists format thousands of dates.
        return day(civil.date) + " " + twoDigits(civil.hour) + ":" + twoDigits(civil.minute)
    }

    /// The day alone.
    func day(_ timestamp: Timestamp) -> String {
        day(Zone.local.civil(timestamp).date)
    }

    /// A calendar day, e.g. `2026-11-21` or `1405-08-30`.
    func day(_ date: CivilDate) -> String {
        switch system {
        case .gregorian: date.description
        case .persian: PersianDate(date).description
        }
    }

    /// `00` to `99`, made once.
    private static let twoDigitNumbers = (0..<100).map { $0 < 10 ? "0\($0)" : "\($0)" }

    private func twoDigits(_ number: Int) -> String {
        Self.twoDigitNumbers.indices.contains(number) ? Self.twoDigitNumbers[number] : "\(number)"
    }
}

import CmpltCore

/// Dates as people read them: local time, to the minute.
enum HumanDate {
    /// `2026-11-21 14:30` in the local zone.
    static func format(_ timestamp: Timestamp) -> String {
        let civil = Zone.local.civil(timestamp)
        return "\(civil.date) \(twoDigits(civil.hour)):\(twoDigits(civil.minute))"
    }

    /// `2026-11-21` in the local zone.
    static func day(_ timestamp: Timestamp) -> String {
        Zone.local.civil(timestamp).date.description
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }
}

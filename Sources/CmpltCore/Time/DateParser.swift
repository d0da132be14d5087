/// Reads the dates users type on the command line.
public enum DateParser {
    /// Reads `text` as a date, resolving wall-clock times in `zone` and relative forms against `now`.
    ///
    /// Accepted forms:
    /// - `2026-11-21`: the start of that day in `zone`, a bare day;
    /// - `2026-11-21T14:30` or `2026-11-21T14:30:05` (a space may replace the `T`): a time in `zone`;
    /// - the same with `Z` or a `±HH:MM` offset, and seconds with an optional fraction (truncated),
    ///   such as `2026-11-21T14:30:00.123+03:30`: a time at that offset;
    /// - `now`, `today`, `yesterday`, in any case; `today` and `yesterday` are bare days in `zone`;
    /// - an age `Nd`, `Nw` or `Nh` with N ≥ 1: that many days, weeks or hours (of exact length) before `now`;
    /// - any form with a date, written with a `j` before a Solar Hijri date: `j1405-08-30`,
    ///   `j1405-08-30T14:30`.
    public static func parse(_ text: String, now: Timestamp, zone: Zone) throws(DateParseError) -> DateInput {
        // Only short texts can be one of the words; longer ones are not lower-cased needlessly.
        switch text.utf8.count <= 9 ? text.lowercased() : "" {
        case "now":
            return DateInput(text: text, instant: now, day: nil, zone: zone)
        case "today":
            return bareDay(zone.civil(now).date, text: text, zone: zone)
        case "yesterday":
            return bareDay(zone.civil(now).date.adding(days: -1), text: text, zone: zone)
        default:
            break
        }
        if let instant = try age(text, before: now) {
            return DateInput(text: text, instant: instant, day: nil, zone: zone)
        }
        let fields = try DateTimeText(reading: try gregorianText(text))
        return DateInput(
            text: text,
            instant: fields.instant(defaultZone: zone),
            day: fields.isBareDate ? fields.dateTime.date : nil,
            zone: zone
        )
    }

    /// `text` with a `j`-prefixed Solar Hijri date rewritten as its Gregorian date; other text as it is.
    private static func gregorianText(_ text: String) throws(DateParseError) -> String {
        guard let first = text.first, first == "j" || first == "J" else { return text }
        let rest = text.dropFirst()
        let date = rest.prefix(10)
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { throw .notADate(text) }
        guard let persian = PersianDate(year: year, month: month, day: day) else {
            throw .notASolarHijriDate(text)
        }
        return persian.gregorian.description + rest.dropFirst(10)
    }

    /// The input naming the whole of `day` in `zone`.
    private static func bareDay(_ day: CivilDate, text: String, zone: Zone) -> DateInput {
        DateInput(text: text, instant: zone.startOfDay(day), day: day, zone: zone)
    }

    /// The instant `text` names as an age before `now`, or nil when `text` does not have the form of an age.
    private static func age(_ text: String, before now: Timestamp) throws(DateParseError) -> Timestamp? {
        var scanner = TextScanner(text)
        guard let count = scanner.number(), let unit = scanner.nextLowercased(), scanner.isAtEnd else { return nil }
        let unitSeconds: Int64
        switch unit {
        case UInt8(ascii: "h"): unitSeconds = 3_600
        case UInt8(ascii: "d"): unitSeconds = 86_400
        case UInt8(ascii: "w"): unitSeconds = 604_800
        default: return nil
        }
        guard count.value > 0 else { throw .zeroAge(text) }
        let (span, spanOverflows) = Int64(count.value).multipliedReportingOverflow(by: unitSeconds)
        let (seconds, differenceOverflows) = now.seconds.subtractingReportingOverflow(span)
        guard !spanOverflows, !differenceOverflows, Timestamp(seconds: seconds) >= earliestInstant else {
            throw .ageTooLong(text)
        }
        return Timestamp(seconds: seconds)
    }

    /// The start of the earliest day a date text may name: 0001-01-01T00:00:00Z.
    private static let earliestInstant = Zone.utc.startOfDay(
        CivilDate(uncheckedYear: DateParseError.Field.year.allowed.lowerBound, month: 1, day: 1)
    )
}

/// The range-checked fields of a text such as `2026-11-21`, `2026-11-21 14:30` or `2026-11-21T14:30:00.5+03:30`.
///
/// Grammar: `YYYY-MM-DD`, optionally followed by `T` or a space, `HH:MM`, optionally `:SS` with an
/// optional fraction `.d…` (truncated), and optionally `Z` or `±HH:MM`.
struct DateTimeText {
    /// The wall-clock date and time written; midnight for a bare date.
    let dateTime: CivilDateTime
    /// Whether the text is a date alone, without a time of day.
    let isBareDate: Bool
    /// Whether the text has the strict RFC 3339 shape: a `T`, seconds, and a zone designator.
    let isRFC3339: Bool
    /// The UTC offset the text states in seconds east, or nil when it states none.
    let offsetSeconds: Int?

    /// Reads `text`, throwing a message that names the first problem found.
    init(reading text: String) throws(DateParseError) {
        var scanner = TextScanner(text)
        guard let year = scanner.number(), year.digitCount >= 4, scanner.skip(UInt8(ascii: "-")),
            let month = scanner.digits(2), scanner.skip(UInt8(ascii: "-")),
            let day = scanner.digits(2)
        else { throw .notADate(text) }

        var hour = 0
        var minute = 0
        var second = 0
        var separator: UInt8?
        var hasSeconds = false
        var offset: (sign: Int, hours: Int, minutes: Int)?
        if let byte = scanner.next() {
            separator = byte
            guard byte == UInt8(ascii: "T") || byte == UInt8(ascii: " "),
                let h = scanner.digits(2), scanner.skip(UInt8(ascii: ":")), let m = scanner.digits(2)
            else { throw .notADate(text) }
            (hour, minute) = (h, m)
            if scanner.skip(UInt8(ascii: ":")) {
                guard let s = scanner.digits(2) else { throw .notADate(text) }
                (second, hasSeconds) = (s, true)
                if scanner.skip(UInt8(ascii: ".")), scanner.number() == nil { throw .notADate(text) }
            }
            let designator = scanner.next()
            switch designator {
            case nil:
                break
            case UInt8(ascii: "Z"):
                offset = (1, 0, 0)
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard let h = scanner.digits(2), scanner.skip(UInt8(ascii: ":")), let m = scanner.digits(2)
                else { throw .notADate(text) }
                offset = (designator == UInt8(ascii: "-") ? -1 : 1, h, m)
            default:
                throw .notADate(text)
            }
            guard scanner.isAtEnd else { throw .notADate(text) }
        }

        func check(_ value: Int, _ field: DateParseError.Field) throws(DateParseError) {
            guard field.allowed.contains(value) else { throw .outOfRange(text, field) }
        }
        try check(year.value, .year)
        try check(month, .month)
        try check(day, .day)
        guard let date = CivilDate(year: year.value, month: month, day: day) else {
            throw .noSuchDay(text, year: year.value, month: month)
        }
        try check(hour, .hour)
        try check(minute, .minute)
        try check(second, .second)
        if let offset {
            try check(offset.hours, .offsetHours)
            try check(offset.minutes, .offsetMinutes)
        }

        dateTime = CivilDateTime(date: date, hour: hour, minute: minute, second: second)
        isBareDate = separator == nil
        isRFC3339 = separator == UInt8(ascii: "T") && hasSeconds && offset != nil
        offsetSeconds = offset.map { $0.sign * ($0.hours * 3_600 + $0.minutes * 60) }
    }

    /// The instant the text names, reading the wall-clock time in `defaultZone` unless the text states an offset.
    func instant(defaultZone: Zone) -> Timestamp {
        let zone = offsetSeconds.map { Zone.fixed(offsetSeconds: $0) } ?? defaultZone
        return zone.timestamp(dateTime)
    }
}

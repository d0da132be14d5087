/// A date given by the user, resolved to an instant, remembering the text it came from.
public struct DateInput: Equatable, Sendable {
    /// How far ahead of the current time `ensureNotInFuture(now:)` lets an instant lie, in seconds.
    public static let futureTolerance: Int64 = 300

    /// The text as the user wrote it, for messages.
    public let text: String
    /// The instant named; for a bare day, the start of that day.
    public let instant: Timestamp
    /// The calendar day named, when the text names a whole day (`2026-11-21`, `today`, `yesterday`).
    public let day: CivilDate?
    /// The zone in which `day` is delimited.
    private let zone: Zone

    /// Creates the input for `text`, which names `instant`, or the whole of `day` in `zone` when `day` is set.
    init(text: String, instant: Timestamp, day: CivilDate?, zone: Zone) {
        self.text = text
        self.instant = instant
        self.day = day
        self.zone = zone
    }

    /// Whether the text names a whole day rather than an instant.
    public var isBareDay: Bool {
        day != nil
    }

    /// The first instant after the input: the start of the next day for a bare day, else `instant` itself.
    ///
    /// Used as an exclusive upper bound, so that `--until 2026-03-31` includes all of March 31st.
    public var exclusiveEnd: Timestamp {
        guard let day else { return instant }
        return zone.startOfDay(day.adding(days: 1))
    }

    /// Throws `DateParseError.inFuture` when `instant` lies more than `futureTolerance` seconds after `now`.
    public func ensureNotInFuture(now: Timestamp) throws(DateParseError) {
        guard instant <= now.adding(seconds: Self.futureTolerance) else { throw .inFuture(text) }
    }
}

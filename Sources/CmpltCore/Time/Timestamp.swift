import Glibc

/// An instant in time, counted in whole seconds since 1970-01-01T00:00:00Z.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since the Unix epoch; negative values lie before 1970.
    public var seconds: Int64

    /// Creates the instant `seconds` seconds after the Unix epoch.
    public init(seconds: Int64) {
        self.seconds = seconds
    }

    /// Parses a strict RFC 3339 text such as `2026-11-21T14:30:00Z` or `2026-11-21T14:30:00.5+03:30`.
    ///
    /// The text needs an upper-case `T`, seconds, and either `Z` or a `+HH:MM`/`-HH:MM` offset;
    /// fractional seconds are truncated. Returns nil for anything else, including years outside 0001–9999.
    public init?(rfc3339 text: String) {
        guard let fields = try? DateTimeText(reading: text), fields.isRFC3339 else { return nil }
        self = fields.instant(defaultZone: .utc)
    }

    /// The current instant, from the system clock.
    public static func now() -> Timestamp {
        Timestamp(seconds: Int64(time(nil)))
    }

    /// The instant `seconds` seconds later (earlier when negative).
    public func adding(seconds: Int64) -> Timestamp {
        Timestamp(seconds: self.seconds + seconds)
    }

    /// The instant in UTC as RFC 3339 text, such as `2026-11-21T14:30:00Z`.
    public var rfc3339: String {
        "\(Zone.utc.civil(self))Z"
    }

    /// The RFC 3339 form of the instant.
    public var description: String {
        rfc3339
    }

    /// Whether `lhs` is earlier than `rhs`.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.seconds < rhs.seconds
    }
}

/// Why a text could not be read as a `TargetDuration`, with a one-line message naming the text.
public enum DurationParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a count followed by `d`, `bd` or `h`.
    case malformed(String)
    /// The count exceeds the maximum for its unit.
    case outOfRange(String)

    /// The text that was rejected.
    public var text: String {
        switch self {
        case .malformed(let text), .outOfRange(let text): text
        }
    }

    /// A one-line message naming the rejected text and what was expected instead.
    public var description: String {
        switch self {
        case .malformed(let text):
            "'\(text)' is not a duration; expected a duration such as 5d (calendar days), 5bd (business days) or 36h (hours)"
        case .outOfRange(let text):
            "'\(text)' is too long; a duration may be at most \(TargetDuration.maximumDays)d,"
                + " \(TargetDuration.maximumDays)bd or \(TargetDuration.maximumHours)h"
        }
    }
}

/// What an ``Event`` records.
public enum EventKind: String, Vocabulary {
    /// The complaint was recorded (from no state to `received`).
    case create
    /// The complaint changed state.
    case move
    /// A note was added; the state is unchanged.
    case note
    /// One field changed; the event carries the field name and its old and new value.
    case edit
    /// Personal data was erased; `new` lists the fields, `note` says why.
    case erase

    public static let noun = "event kind"
}

/// Whether the response found the complaint justified (ISO 10002 7.7, decision).
public enum Upheld: String, Vocabulary {
    case yes
    case partly
    case no

    public static let noun = "upheld value"

    /// Whether this decision counts as upheld in metrics: `yes` and `partly` do.
    public var countsAsUpheld: Bool { self != .no }
}

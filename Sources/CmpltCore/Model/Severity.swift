/// How serious a complaint is; it sets the response target (ISO 10002 7.5, initial assessment).
public enum Severity: String, Vocabulary, Comparable {
    case low
    case medium
    case high
    case critical

    public static let noun = "severity"

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

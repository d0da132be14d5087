/// A field a report can be split by with `--by`.
public enum ReportDimension: String, Vocabulary {
    case category
    case channel
    case product
    case severity

    public static let noun = "dimension"

    /// The complaint column holding it.
    var column: String { "c." + rawValue }
}

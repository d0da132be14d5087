/// The file formats `import` reads.
public enum ImportFormat: String, Vocabulary {
    /// CSV with a header row of complaint keys (RFC 4180).
    case csv
    /// JSON Lines: one complaint object per line.
    case jsonl

    public static let noun = "import format"

    /// The format a file name implies: `.csv`, or `.jsonl`/`.ndjson`.
    public init?(fileName: String) {
        let lowered = fileName.lowercased()
        if lowered.hasSuffix(".csv") {
            self = .csv
        } else if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") {
            self = .jsonl
        } else {
            return nil
        }
    }
}

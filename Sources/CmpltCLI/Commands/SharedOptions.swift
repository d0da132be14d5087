import CmpltCore

/// Options that several commands declare alike, declared once here.
enum SharedOptions {
    static let by = OptionSpec("by", value: "name", help: "Who acts (default: $USER).")
    static let severity = OptionSpec(
        "severity", value: "severity", help: "How serious the complaint is; sets the response target.",
        choices: Severity.names)
    static let assignee = OptionSpec("assignee", value: "name", help: "Who handles the complaint.")
    static let since = OptionSpec("since", value: "date", help: "Received at or after this date.")
    static let until = OptionSpec(
        "until", value: "date", help: "Received before this date (a bare day is included whole).")
}

/// Complaint ids as users write them: `12` or `#12`.
enum ComplaintID {
    /// The id in `text`.
    static func parse(_ text: String) throws(UsageError) -> Int64 {
        let digits = text.hasPrefix("#") ? text.dropFirst() : Substring(text)
        guard let id = Int64(digits), id > 0 else {
            throw UsageError("'\(text)' is not a complaint id; expected a whole number such as 12")
        }
        return id
    }
}

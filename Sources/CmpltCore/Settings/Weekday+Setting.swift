extension Weekday: Vocabulary {
    public static let noun = "day"

    /// Reads a comma-separated list of days such as `fri` or `sat,sun`, for the setting named
    /// `setting`; an empty list means no weekend.
    public static func parseList(_ text: String, setting: String) throws(CmpltError) -> Set<Weekday> {
        var days: Set<Weekday> = []
        for name in text.split(separator: ",", omittingEmptySubsequences: true) {
            let trimmed = String(name.filter { !$0.isWhitespace })
            guard let day = Weekday(name: trimmed) else {
                throw .invalidInput(
                    "\(setting): '\(trimmed)' is not a day; expected names such as sat,sun from: \(names.joined(separator: ", "))"
                )
            }
            days.insert(day)
        }
        return days
    }
}

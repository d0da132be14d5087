extension String {
    /// Appends `text` with each scalar for which `escape` returns a replacement replaced by it.
    ///
    /// Runs of scalars that need no escape are copied whole, so text with nothing to escape is
    /// appended in one piece.
    ///
    /// ```swift
    /// var csv = "\""
    /// csv.append(#"say "hi""#, escaping: { $0 == "\"" ? "\"\"" : nil })  // "say ""hi""
    /// ```
    mutating func append(_ text: String, escaping escape: (Unicode.Scalar) -> String?) {
        let scalars = text.unicodeScalars
        var runStart = scalars.startIndex
        var index = runStart
        while index != scalars.endIndex {
            let next = scalars.index(after: index)
            if let replacement = escape(scalars[index]) {
                self += Substring(scalars[runStart..<index])
                self += replacement
                runStart = next
            }
            index = next
        }
        self += Substring(scalars[runStart...])
    }
}

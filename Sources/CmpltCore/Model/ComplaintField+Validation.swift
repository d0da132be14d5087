extension ComplaintField {
    /// The longest text any field may hold, in bytes (1 MiB): a register is not a file store.
    public static let maximumTextBytes = 1 << 20

    /// Checks a text value for this field and returns what to store: required fields must not
    /// be blank; an empty optional value clears the field (`nil`).
    public func validatedText(_ value: String?) throws(CmpltError) -> String? {
        guard let value, !value.allSatisfy(\.isWhitespace) else {
            if isRequired { throw .invalidInput("\(rawValue) must not be empty") }
            return nil
        }
        guard value.utf8.count <= Self.maximumTextBytes else {
            throw .invalidInput(
                "\(rawValue) is \(value.utf8.count) bytes long; at most \(Self.maximumTextBytes) are allowed")
        }
        if self == .ref || self == .channel || self == .category || self == .product || self == .assignee,
            value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        {
            throw .invalidInput("\(rawValue) must be a single line without control characters")
        }
        return value
    }

    /// Checks tags: non-empty, one line, no `;` (the separator in CSV); returns them sorted,
    /// duplicates dropped, the order they are stored and shown in.
    public static func validatedTags(_ tags: [String]) throws(CmpltError) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for tag in tags {
            guard !tag.allSatisfy(\.isWhitespace) else { throw .invalidInput("a tag must not be empty") }
            guard !tag.contains(";"), !tag.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
            else {
                throw .invalidInput("tag '\(tag)' may not contain ';' or control characters")
            }
            if seen.insert(tag).inserted { result.append(tag) }
        }
        return result.sorted()
    }
}

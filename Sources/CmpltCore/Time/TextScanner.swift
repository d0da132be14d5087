/// A cursor over the UTF-8 bytes of a text, used by the hand-written date and duration grammars.
struct TextScanner {
    private let bytes: String.UTF8View
    private var position: String.Index

    /// Creates a scanner positioned at the start of `text`.
    init(_ text: String) {
        bytes = text.utf8
        position = bytes.startIndex
    }

    /// Whether every byte has been consumed.
    var isAtEnd: Bool {
        position == bytes.endIndex
    }

    /// Consumes and returns the next byte, or returns nil at the end.
    mutating func next() -> UInt8? {
        guard !isAtEnd else { return nil }
        defer { bytes.formIndex(after: &position) }
        return bytes[position]
    }

    /// Consumes and returns the next byte with ASCII letters lower-cased, or returns nil at the end.
    mutating func nextLowercased() -> UInt8? {
        guard let byte = next() else { return nil }
        return (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// Consumes the next byte if it is `byte`, and tells whether it did.
    mutating func skip(_ byte: UInt8) -> Bool {
        guard !isAtEnd, bytes[position] == byte else { return false }
        bytes.formIndex(after: &position)
        return true
    }

    /// Consumes exactly `count` decimal digits and returns their value, or returns nil if they are not there.
    mutating func digits(_ count: Int) -> Int? {
        guard let run = number(), run.digitCount == count else { return nil }
        return run.value
    }

    /// Consumes a run of one or more decimal digits; the value saturates at `Int.max` instead of overflowing.
    mutating func number() -> (value: Int, digitCount: Int)? {
        var value = 0
        var digitCount = 0
        while !isAtEnd, let digit = Self.digitValue(bytes[position]) {
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = shifted.addingReportingOverflow(digit)
            value = overflowA || overflowB ? Int.max : sum
            digitCount += 1
            bytes.formIndex(after: &position)
        }
        return digitCount == 0 ? nil : (value, digitCount)
    }

    /// The value of an ASCII decimal digit, or nil for any other byte.
    private static func digitValue(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}

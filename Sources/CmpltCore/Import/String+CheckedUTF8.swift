extension String {
    /// Creates a string from UTF-8 bytes, or returns `nil` if they are not well-formed UTF-8.
    ///
    /// Well-formed means as in the Unicode Standard's table 3-7: no overlong forms, no surrogates,
    /// nothing above U+10FFFF, no truncated sequences. It does the same as the standard library's
    /// `String(validating:as:)`, which on this hot path spends a third of its time in generic
    /// metadata look-ups.
    ///
    /// ```swift
    /// field.withUnsafeBufferPointer { String(checkedUTF8: $0) }  // [0x61, 0xFF] → nil
    /// ```
    init?(checkedUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The sequence's length and the range its second byte must fall in.
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                second = 0x80...0x9F
            case 0xF0:
                length = 4
                second = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                second = 0x80...0x8F
            default: return nil
            }
            guard bytes.count - index >= length, second.contains(bytes[index + 1]) else { return nil }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
            index += length
        }
        self.init(decoding: bytes, as: UTF8.self)
    }
}

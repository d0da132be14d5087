/// A SHA-256 digest: 32 bytes, written as 64 lowercase hexadecimal digits.
///
/// The bytes are stored inline as four big-endian 64-bit words, so a digest never allocates, and equal
/// digests are equal and hash alike.
///
/// ```swift
/// let digest = SHA256.hash("abc")
/// print(digest.hex)  // ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
/// print(SHA256Digest(hex: digest.hex.uppercased()) == digest)  // true
/// print(digest.bytes.prefix(2))  // [186, 120]
/// ```
public struct SHA256Digest: Hashable, Sendable, CustomStringConvertible {
    /// The number of bytes in a digest.
    private static let byteCount = 32

    // Bytes 0–7, 8–15, 16–23 and 24–31 of the digest, each read as a big-endian integer.
    private let word0: UInt64
    private let word1: UInt64
    private let word2: UInt64
    private let word3: UInt64

    /// The digest whose 32 bytes are all zero: a placeholder, never the digest of any known message.
    ///
    /// ```swift
    /// print(SHA256Digest.zero.hex == String(repeating: "0", count: 64))  // true
    /// ```
    public static let zero = SHA256Digest(words: (0, 0, 0, 0, 0, 0, 0, 0))

    /// Creates the digest from the final hash value H0…H7 of FIPS 180-4, H0 first.
    init(words h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)) {
        word0 = UInt64(h.0) << 32 | UInt64(h.1)
        word1 = UInt64(h.2) << 32 | UInt64(h.3)
        word2 = UInt64(h.4) << 32 | UInt64(h.5)
        word3 = UInt64(h.6) << 32 | UInt64(h.7)
    }

    /// Parses a digest written as exactly 64 hexadecimal digits, in either case; returns nil for anything
    /// else (a wrong length, a `0x` prefix, spaces or any non-hexadecimal character).
    ///
    /// ```swift
    /// let digest = SHA256Digest(hex: "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD")
    /// print(digest == SHA256.hash("abc"))  // true
    /// print(SHA256Digest(hex: "ba7816bf") == nil)  // true
    /// ```
    public init?(hex: String) {
        let utf8 = hex.utf8
        guard utf8.count == 2 * Self.byteCount else { return nil }
        var index = utf8.startIndex
        func nextWord() -> UInt64? {
            var word: UInt64 = 0
            for _ in 0..<16 {
                guard let value = Self.hexDigitValue(utf8[index]) else { return nil }
                word = word << 4 | UInt64(value)
                utf8.formIndex(after: &index)
            }
            return word
        }
        guard let word0 = nextWord(), let word1 = nextWord(), let word2 = nextWord(), let word3 = nextWord() else {
            return nil
        }
        self.word0 = word0
        self.word1 = word1
        self.word2 = word2
        self.word3 = word3
    }

    /// The 32 bytes of the digest, in order.
    ///
    /// ```swift
    /// print(SHA256.hash("abc").bytes.count)  // 32
    /// ```
    public var bytes: [UInt8] {
        withUnsafeDigestBytes { Array($0) }
    }

    /// The digest as 64 lowercase hexadecimal digits, two per byte, first byte first.
    ///
    /// ```swift
    /// print(SHA256.hash("").hex)  // e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
    /// ```
    public var hex: String {
        withUnsafeDigestBytes { digest in
            String(unsafeUninitializedCapacity: 2 * Self.byteCount) { text in
                for (offset, byte) in digest.enumerated() {
                    text[2 * offset] = Self.hexDigit(byte &>> 4)
                    text[2 * offset + 1] = Self.hexDigit(byte & 0x0f)
                }
                return 2 * Self.byteCount
            }
        }
    }

    /// The same text as `hex`.
    ///
    /// ```swift
    /// print("\(SHA256.hash("abc"))")  // ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    /// ```
    public var description: String { hex }

    /// Calls `body` with the 32 digest bytes in order; the buffer is valid only during the call.
    private func withUnsafeDigestBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        let bigEndian = (word0.bigEndian, word1.bigEndian, word2.bigEndian, word3.bigEndian)
        return withUnsafeBytes(of: bigEndian, body)
    }

    /// The ASCII code of the lowercase hexadecimal digit for `value`, which is 0…15.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") - 10 + value
    }

    /// The value of the hexadecimal digit whose ASCII code is `code`, either case, or nil.
    private static func hexDigitValue(_ code: UInt8) -> UInt8? {
        switch code {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): code - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): code - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): code - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

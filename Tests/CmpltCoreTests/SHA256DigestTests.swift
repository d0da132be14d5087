import CmpltCore
import Testing

@Suite struct SHA256DigestTests {
    private static let abcHex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

    /// Texts that are not exactly 64 hexadecimal digits.
    private static let malformed: [String] = {
        let short = String(abcHex.dropLast())
        let shorter = String(abcHex.dropLast(2))
        var texts: [String] = ["", short, abcHex + "0", abcHex + abcHex]
        texts.append("0x" + shorter)
        texts.append(" " + short)
        texts.append(short + "\n")
        texts.append(short + "g")
        texts.append("g" + String(abcHex.dropFirst()))
        texts.append(shorter + "é")  // 64 UTF-8 bytes, 63 characters
        texts.append(short + "０")  // a fullwidth digit
        texts.append(String(repeating: "-", count: 64))
        texts.append(String(repeating: "ba78:", count: 13))
        return texts
    }()

    @Test func hexIsSixtyFourLowercaseDigitsAndIsTheDescription() {
        let digest = SHA256.hash("abc")
        #expect(digest.hex == Self.abcHex)
        #expect(digest.description == Self.abcHex)
        #expect("\(digest)" == Self.abcHex)
        #expect(String(describing: SHA256.hash([0xff])).allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func bytesAreTheDigestInOrder() {
        let bytes = SHA256.hash("abc").bytes
        #expect(bytes.count == 32)
        #expect(bytes.prefix(4) == [0xba, 0x78, 0x16, 0xbf])
        #expect(bytes.suffix(4) == [0xf2, 0x00, 0x15, 0xad])
        let rebuilt = bytes.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }
        #expect(rebuilt.joined() == Self.abcHex)
    }

    @Test(arguments: 0..<64)
    func hexRoundTrips(length: Int) {
        let digest = SHA256.hash((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 13) })
        #expect(SHA256Digest(hex: digest.hex) == digest)
        #expect(SHA256Digest(hex: digest.hex.uppercased()) == digest)
        #expect(SHA256Digest(hex: digest.hex)?.hex == digest.hex)
        #expect(SHA256Digest(hex: digest.hex)?.bytes == digest.bytes)
    }

    @Test func parsingAcceptsEitherCaseAndMixedCase() {
        let mixed = "Ba7816Bf8F01cFeA414140dE5dAe2223b00361a396177A9cB410fF61f20015aD"
        #expect(SHA256Digest(hex: mixed) == SHA256.hash("abc"))
        #expect(SHA256Digest(hex: mixed)?.hex == Self.abcHex)
        let allDigits = "0123456789abcdefABCDEF0123456789abcdefABCDEF0123456789abcdef0123"
        #expect(SHA256Digest(hex: allDigits)?.hex == allDigits.lowercased())
    }

    @Test(arguments: Self.malformed)
    func parsingRejectsAnythingButSixtyFourHexDigits(text: String) {
        #expect(SHA256Digest(hex: text) == nil)
    }

    @Test func zeroIsAllZeroBytes() {
        let zero = SHA256Digest.zero
        #expect(zero.bytes == [UInt8](repeating: 0, count: 32))
        #expect(zero.hex == String(repeating: "0", count: 64))
        #expect(SHA256Digest(hex: String(repeating: "0", count: 64)) == zero)
        #expect(zero != SHA256.hash([UInt8]()))
        #expect(zero != SHA256.hash([0]))
    }

    @Test func equalDigestsAreEqualAndHashAlike() {
        let digests = (0..<100).map { SHA256.hash([UInt8(truncatingIfNeeded: $0)]) }
        #expect(Set(digests).count == 100)
        #expect(Set(digests + digests.compactMap { SHA256Digest(hex: $0.hex) }).count == 100)
        let again = SHA256.hash("abc")
        #expect(SHA256.hash("abc") == again)
        #expect(SHA256.hash("abc").hashValue == again.hashValue)
        #expect(SHA256.hash("abd") != again)
        // Digests differing only in the last byte are told apart.
        var lastByteFlipped = Self.abcHex
        lastByteFlipped.removeLast()
        lastByteFlipped.append("c")
        #expect(SHA256Digest(hex: lastByteFlipped) != again)
    }
}

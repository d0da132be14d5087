/// An incremental SHA-256 hasher, as specified by FIPS 180-4.
///
/// Feed the message in as many pieces as is convenient with `update(_:)`, then read the digest with
/// `finalize()`. Splitting the message differently never changes the digest. `hash(_:)` does both steps
/// at once for a message that is already in memory.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update("hello, ")
/// hasher.update(Array("world".utf8))
/// let digest = hasher.finalize()
/// print(digest)  // 09ca7e4eaa6e8ae9c7d261167129184883644d07dfba7cbfbc4c8a2e08360d5b
/// print(SHA256.hash("hello, world") == digest)  // true
/// ```
///
/// The hasher is a plain value: copying it forks the computation, so a hasher fed a common prefix can be
/// copied and each copy finished with a different suffix.
public struct SHA256: Sendable {
    /// The block size in bytes: the compression function consumes the message 64 bytes at a time.
    private static let blockSize = 64

    /// The round constants K0…K63 (FIPS 180-4, section 4.2.2): the first 32 bits of the fractional parts
    /// of the cube roots of the first 64 primes.
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    // The intermediate hash value H0…H7, starting from the initial hash value of FIPS 180-4, section 5.3.3:
    // the first 32 bits of the fractional parts of the square roots of the first eight primes.
    private var h0: UInt32 = 0x6a09_e667
    private var h1: UInt32 = 0xbb67_ae85
    private var h2: UInt32 = 0x3c6e_f372
    private var h3: UInt32 = 0xa54f_f53a
    private var h4: UInt32 = 0x510e_527f
    private var h5: UInt32 = 0x9b05_688c
    private var h6: UInt32 = 0x1f83_d9ab
    private var h7: UInt32 = 0x5be0_cd19

    /// The number of message bytes fed in so far (modulo 2⁶⁴).
    private var byteCount: UInt64 = 0

    /// The start of an incomplete block, waiting for more input: its first `byteCount % 64` bytes are used.
    ///
    /// Eight `UInt64`s make 64 contiguous bytes inline in the value, so copying a hasher never allocates.
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)

    /// Creates a hasher that has seen no input yet.
    ///
    /// ```swift
    /// let digest = SHA256().finalize()  // the digest of the empty message, e3b0c442…b855
    /// ```
    public init() {}

    /// Hashes `bytes` in one step.
    ///
    /// ```swift
    /// let digest = SHA256.hash([0x61, 0x62, 0x63])  // "abc": ba7816bf…15ad
    /// ```
    @inlinable
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> SHA256Digest where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Hashes the UTF-8 encoding of `text` in one step.
    ///
    /// ```swift
    /// let digest = SHA256.hash("abc")  // ba7816bf…15ad
    /// ```
    public static func hash(_ text: String) -> SHA256Digest {
        var hasher = SHA256()
        hasher.update(text)
        return hasher.finalize()
    }

    /// Appends `bytes` to the message.
    ///
    /// Arrays, array slices, `UnsafeBufferPointer`s and other sequences with contiguous storage are hashed
    /// straight from that storage; any other sequence is copied through a small stack buffer. The method is
    /// inlinable so that, called from another module, it is specialized for the concrete sequence type.
    ///
    /// ```swift
    /// var hasher = SHA256()
    /// hasher.update([0x61, 0x62])
    /// hasher.update(CollectionOfOne(0x63))
    /// let digest = hasher.finalize()  // the same as SHA256.hash("abc")
    /// ```
    @inlinable
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        guard handled == nil else { return }
        let chunkSize = 256
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: chunkSize) { chunk in
            var count = 0
            for byte in bytes {
                chunk[count] = byte
                count += 1
                if count == chunkSize {
                    update(UnsafeRawBufferPointer(chunk))
                    count = 0
                }
            }
            update(UnsafeRawBufferPointer(start: chunk.baseAddress, count: count))
        }
    }

    /// Appends the UTF-8 encoding of `text` to the message.
    ///
    /// ```swift
    /// var hasher = SHA256()
    /// hasher.update("ab")
    /// hasher.update("c")
    /// let digest = hasher.finalize()  // the same as SHA256.hash("abc")
    /// ```
    public mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    /// Appends the bytes in `bytes` to the message.
    ///
    /// This is the path every other `update` ends in: whole blocks are compressed straight from `bytes`,
    /// and only the bytes that do not fill a block are copied into the hasher.
    ///
    /// ```swift
    /// var hasher = SHA256()
    /// [UInt8]("abc".utf8).withUnsafeBytes { hasher.update($0) }
    /// let digest = hasher.finalize()  // ba7816bf…15ad
    /// ```
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        var input = bytes
        let used = Int(truncatingIfNeeded: byteCount) & (Self.blockSize - 1)
        byteCount &+= UInt64(bytes.count)

        if used > 0 {
            let take = min(Self.blockSize - used, input.count)
            withUnsafeMutableBytes(of: &pending) { block in
                UnsafeMutableRawBufferPointer(rebasing: block[used..<(used + take)])
                    .copyMemory(from: UnsafeRawBufferPointer(rebasing: input[..<take]))
            }
            input = UnsafeRawBufferPointer(rebasing: input[take...])
            guard used + take == Self.blockSize else { return }
            let block = pending
            withUnsafeBytes(of: block) { compress($0) }
        }

        let wholeBlocks = input.count & ~(Self.blockSize - 1)
        if wholeBlocks > 0 {
            compress(UnsafeRawBufferPointer(rebasing: input[..<wholeBlocks]))
        }
        if wholeBlocks < input.count {
            let rest = UnsafeRawBufferPointer(rebasing: input[wholeBlocks...])
            withUnsafeMutableBytes(of: &pending) { block in
                UnsafeMutableRawBufferPointer(rebasing: block[..<rest.count]).copyMemory(from: rest)
            }
        }
    }

    /// Returns the digest of the message fed in so far.
    ///
    /// The padding is applied to a copy, so the hasher is unchanged: it can go on taking input, and a
    /// later `finalize()` returns the digest of the longer message.
    ///
    /// ```swift
    /// var hasher = SHA256()
    /// hasher.update("ab")
    /// let partial = hasher.finalize()  // SHA256.hash("ab")
    /// hasher.update("c")
    /// let full = hasher.finalize()  // SHA256.hash("abc")
    /// ```
    public func finalize() -> SHA256Digest {
        var copy = self
        return copy.finish()
    }

    /// Pads the message (FIPS 180-4, section 5.1.1), compresses the last block or two, and returns the digest.
    private mutating func finish() -> SHA256Digest {
        let bitLength = byteCount &<< 3
        let used = Int(truncatingIfNeeded: byteCount) & (Self.blockSize - 1)
        // A 1 bit, then zeros up to 8 bytes short of a block boundary, then the 64-bit big-endian length.
        let lengthOffset = used < Self.blockSize - 8 ? Self.blockSize - 8 - used : 2 * Self.blockSize - 8 - used
        withUnsafeTemporaryAllocation(byteCount: 2 * Self.blockSize, alignment: 8) { padding in
            padding.initializeMemory(as: UInt8.self, repeating: 0)
            padding[0] = 0x80
            padding.storeBytes(of: bitLength.bigEndian, toByteOffset: lengthOffset, as: UInt64.self)
            update(UnsafeRawBufferPointer(rebasing: padding[..<(lengthOffset + 8)]))
        }
        return SHA256Digest(words: (h0, h1, h2, h3, h4, h5, h6, h7))
    }

    /// Runs the compression function (FIPS 180-4, section 6.2.2) over each whole 64-byte block of `blocks`.
    ///
    /// The message schedule W0…W63 lives in one stack buffer reused for every block, and the working
    /// variables in locals, so compressing allocates nothing.
    private mutating func compress(_ blocks: UnsafeRawBufferPointer) {
        let blockCount = blocks.count / Self.blockSize
        guard blockCount > 0, let base = blocks.baseAddress else { return }
        var h0 = self.h0
        var h1 = self.h1
        var h2 = self.h2
        var h3 = self.h3
        var h4 = self.h4
        var h5 = self.h5
        var h6 = self.h6
        var h7 = self.h7
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            Self.roundConstants.withUnsafeBufferPointer { k in
                for blockIndex in 0..<blockCount {
                    let block = base + blockIndex * Self.blockSize
                    for t in 0..<16 {
                        w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self))
                    }
                    for t in 16..<64 {
                        let x = w[t - 15]
                        let y = w[t - 2]
                        let sigma0 = rotateRight(x, 7) ^ rotateRight(x, 18) ^ (x &>> 3)
                        let sigma1 = rotateRight(y, 17) ^ rotateRight(y, 19) ^ (y &>> 10)
                        w[t] = sigma1 &+ w[t - 7] &+ sigma0 &+ w[t - 16]
                    }

                    var a = h0
                    var b = h1
                    var c = h2
                    var d = h3
                    var e = h4
                    var f = h5
                    var g = h6
                    var h = h7
                    // Eight rounds per pass, each naming the working variables one place further on,
                    // so the variables rotate by renaming instead of by seven moves per round.
                    for t in stride(from: 0, to: 64, by: 8) {
                        round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
                        round(h, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
                        round(g, h, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
                        round(f, g, h, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
                        round(e, f, g, &h, a, b, c, &d, k[t + 4] &+ w[t + 4])
                        round(d, e, f, &g, h, a, b, &c, k[t + 5] &+ w[t + 5])
                        round(c, d, e, &f, g, h, a, &b, k[t + 6] &+ w[t + 6])
                        round(b, c, d, &e, f, g, h, &a, k[t + 7] &+ w[t + 7])
                    }
                    h0 &+= a
                    h1 &+= b
                    h2 &+= c
                    h3 &+= d
                    h4 &+= e
                    h5 &+= f
                    h6 &+= g
                    h7 &+= h
                }
            }
        }
        self.h0 = h0
        self.h1 = h1
        self.h2 = h2
        self.h3 = h3
        self.h4 = h4
        self.h5 = h5
        self.h6 = h6
        self.h7 = h7
    }
}

/// One round of the compression function (FIPS 180-4, section 6.2.2, step 3) with `kw` = Kt + Wt:
/// adds T1 to `d` and sets `h` to T1 + T2, which the caller then treats as the new `e` and `a`.
/// Ch and Maj are written in their equivalent forms with one operation fewer each.
@inline(__always)
private func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
    _ h: inout UInt32, _ kw: UInt32
) {
    let bigSigma1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)
    let choice = g ^ (e & (f ^ g))
    let t1 = h &+ bigSigma1 &+ choice &+ kw
    let bigSigma0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)
    let majority = (a & b) | (c & (a | b))
    d &+= t1
    h = t1 &+ bigSigma0 &+ majority
}

/// Rotates `x` right by `count` bits (the ROTR operation of FIPS 180-4), for `count` in 1...31.
@inline(__always)
private func rotateRight(_ x: UInt32, _ count: UInt32) -> UInt32 {
    (x &>> count) | (x &<< (32 - count))
}

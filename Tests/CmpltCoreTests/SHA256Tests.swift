import CmpltCore
import Foundation
import Testing

@Suite struct SHA256Tests {
    // MARK: Published vectors

    /// The SHA-256 examples of FIPS 180-2 (appendix B) and of NIST's FIPS 180-4 example pages.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
                + "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func fipsExamples(message: String, expected: String) {
        #expect(SHA256.hash(message).hex == expected)
        #expect(SHA256.hash(Array(message.utf8)).hex == expected)
    }

    @Test func oneMillionAsStreamedInUnevenChunks() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        let chunkSizes = [1, 2, 3, 5, 7, 13, 31, 55, 56, 57, 63, 64, 65, 127, 128, 129, 1_000, 4_093]
        var hasher = SHA256()
        var offset = 0
        var turn = 0
        while offset < message.count {
            let end = min(offset + chunkSizes[turn % chunkSizes.count], message.count)
            hasher.update(message[offset..<end])
            offset = end
            turn += 1
        }
        #expect(hasher.finalize().hex == Self.oneMillionAs)
        #expect(SHA256.hash(message).hex == Self.oneMillionAs)
    }

    @Test func oneMillionAsFromASequenceWithoutContiguousStorage() {
        let message = repeatElement(UInt8(ascii: "a"), count: 1_000_000)
        #expect(message.withContiguousStorageIfAvailable { _ in true } == nil)
        #expect(SHA256.hash(message).hex == Self.oneMillionAs)
    }

    /// NIST CAVS byte-oriented SHA256ShortMsg.rsp: every message length from 0 to 64 bytes.
    @Test(arguments: Self.shortMessages)
    func cavsShortMessages(messageHex: String, expected: String) {
        let message = Self.bytes(hex: messageHex)
        #expect(message.count * 2 == messageHex.utf8.count)
        #expect(SHA256.hash(message).hex == expected)
    }

    /// NIST CAVS byte-oriented SHA256LongMsg.rsp, its first case (Len = 1304 bits).
    @Test func cavsLongMessage() {
        let message = Self.bytes(
            hex: "451101250ec6f26652249d59dc974b7361d571a8101cdfd36aba3b5854d3ae086b5fdd4597721b66e3c0dc5d8c606d96"
                + "57d0e323283a5217d1f53f2f284f57b85c8a61ac8924711f895c5ed90ef17745ed2d728abd22a5f7a13479a462d71b56"
                + "c19a74a40b655c58edfe0a188ad2cf46cbf30524f65d423c837dd1ff2bf462ac4198007345bb44dbb7b1c861298cdf61"
                + "982a833afc728fae1eda2f87aa2c9480858bec"
        )
        #expect(message.count * 8 == 1_304)
        #expect(SHA256.hash(message).hex == "3c593aa539fdcdae516cdf2f15000f6634185c88f505b39775fb9ab137a10aa2")
    }

    /// NIST's "SHA2 Additional" examples that fit in memory comfortably.
    @Test(
        arguments: [
            ([0xbd], "68325720aabd7c82f30f554b313d0570c95accbb7dc4b5aae11204c08ffe732b"),
            ([0xc9, 0x8c, 0x8e, 0x55], "7abc22c0ae5af26ce93dbb94433a0e0b2e119d014f8e7f65bd56c61ccccd9504"),
        ] as [([UInt8], String)])
    func nistAdditionalShortMessages(message: [UInt8], expected: String) {
        #expect(SHA256.hash(message).hex == expected)
    }

    @Test(
        arguments: [
            (0x00, 55, "02779466cdec163811d078815c633f21901413081449002f24aa3e80f0b88ef7"),
            (0x00, 56, "d4817aa5497628e7c77e6b606107042bbba3130888c5f47a375e6179be789fbb"),
            (0x00, 57, "65a16cb7861335d5ace3c60718b5052e44660726da4cd13bb745381b235a1785"),
            (0x00, 64, "f5a5fd42d16a20302798ef6ed309979b43003d2320d9f0e8ea9831a92759fb4b"),
            (0x00, 1_000, "541b3e9daa09b20bf85fa273e5cbd3e80185aa4ec298e765db87742b70138a53"),
            (0x41, 1_000, "c2e686823489ced2017f6059b8b239318b6364f6dcd835d0a519105a1eadd6e4"),
            (0x55, 1_005, "f4d62ddec0f3dd90ea1380fa16a5ff8dc4c54b21740650f24afc4120903552b0"),
            (0x00, 1_000_000, "d29751f2649b32ff572b5e0a9f541ea660a50f94ff0beedfb0b692b924cc8025"),
        ] as [(UInt8, Int, String)])
    func nistAdditionalRepeatedBytes(byte: UInt8, count: Int, expected: String) {
        #expect(SHA256.hash([UInt8](repeating: byte, count: count)).hex == expected)
    }

    // MARK: Every length from 0 to 200 bytes

    /// Compares with Python's `hashlib.sha256` for the first `length` bytes of `pattern`.
    @Test(arguments: 0...200)
    func lengthsAgainstHashlib(length: Int) {
        let message = Self.pattern(count: length)
        let expected = Self.patternDigests[length]
        #expect(SHA256.hash(message).hex == expected)

        var byteByByte = SHA256()
        for byte in message {
            byteByByte.update(CollectionOfOne(byte))
        }
        #expect(byteByByte.finalize().hex == expected)
    }

    // MARK: Incremental hashing

    @Test func everyTwoWaySplitOfA130ByteMessageMatchesOneShot() {
        let message = Self.pattern(count: 130)
        let expected = SHA256.hash(message)
        #expect(expected.hex == Self.patternDigests[130])
        for split in 0...message.count {
            var hasher = SHA256()
            hasher.update(message[..<split])
            hasher.update(message[split...])
            #expect(hasher.finalize() == expected, "split at \(split)")
        }
    }

    @Test func everyThreeWaySplitOfA130ByteMessageMatchesOneShot() {
        let message = Self.pattern(count: 130)
        let expected = SHA256.hash(message)
        var failures: [String] = []
        for first in 0...message.count {
            for second in first...message.count {
                var hasher = SHA256()
                hasher.update(message[..<first])
                message[first..<second].withUnsafeBytes { hasher.update($0) }
                hasher.update(message[second...].lazy.map { $0 })
                if hasher.finalize() != expected { failures.append("\(first)/\(second)") }
            }
        }
        #expect(failures.isEmpty)
    }

    @Test func finalizeLeavesTheHasherUsable() {
        var hasher = SHA256()
        hasher.update("ab")
        let first = hasher.finalize()
        #expect(hasher.finalize() == first)
        #expect(first == SHA256.hash("ab"))
        hasher.update("c")
        #expect(hasher.finalize() == SHA256.hash("abc"))
    }

    @Test func aCopyForksTheComputation() {
        var prefix = SHA256()
        prefix.update(Self.pattern(count: 100))
        var left = prefix
        var right = prefix
        left.update("left")
        right.update("right")
        #expect(left.finalize() == SHA256.hash(Self.pattern(count: 100) + Array("left".utf8)))
        #expect(right.finalize() == SHA256.hash(Self.pattern(count: 100) + Array("right".utf8)))
        #expect(prefix.finalize() == SHA256.hash(Self.pattern(count: 100)))
    }

    @Test func emptyUpdatesChangeNothing() {
        var hasher = SHA256()
        hasher.update("ab")
        hasher.update([UInt8]())
        hasher.update("")
        hasher.update(UnsafeRawBufferPointer(start: nil, count: 0))
        hasher.update(EmptyCollection<UInt8>())
        hasher.update("c")
        #expect(hasher.finalize() == SHA256.hash("abc"))
        #expect(SHA256().finalize() == SHA256.hash([UInt8]()))
    }

    // MARK: Input types

    @Test func everyKindOfByteSequenceGivesTheSameDigest() {
        let bytes = Self.pattern(count: 150)
        let expected = Self.patternDigests[150]
        #expect(SHA256.hash(bytes).hex == expected)
        #expect(SHA256.hash(bytes[...]).hex == expected)
        #expect(SHA256.hash(ContiguousArray(bytes)).hex == expected)
        #expect(SHA256.hash(Data(bytes)).hex == expected)
        #expect(SHA256.hash(bytes.lazy.map { $0 }).hex == expected)
        #expect(SHA256.hash(AnySequence(bytes)).hex == expected)
        #expect(bytes.withUnsafeBufferPointer { SHA256.hash($0) }.hex == expected)
        #expect(bytes.withUnsafeBytes { SHA256.hash($0) }.hex == expected)
        let viaRawUpdate = bytes.withUnsafeBytes { raw in
            var hasher = SHA256()
            hasher.update(raw)
            return hasher.finalize()
        }
        #expect(viaRawUpdate.hex == expected)
    }

    @Test func stringsAreHashedAsUTF8() {
        let text = "héllo, wörld 🌍"
        let expected = "dfae66642992f168e5affebe28004b532f471494d57551430d164bcd783a70d6"
        #expect(SHA256.hash(text).hex == expected)
        #expect(SHA256.hash(text.utf8).hex == expected)
        #expect(SHA256.hash(Array(text.utf8)).hex == expected)

        var hasher = SHA256()
        hasher.update("héllo, ")
        hasher.update("wörld 🌍"[...].utf8)
        #expect(hasher.finalize().hex == expected)

        let long = String(repeating: "0123456789", count: 20)
        #expect(SHA256.hash(long).hex == "295cbb667c2d2380418d4c7576c666c4f1690de2a2433f0e301bd5923377f8ed")
        #expect(SHA256.hash("hello, world").hex == "09ca7e4eaa6e8ae9c7d261167129184883644d07dfba7cbfbc4c8a2e08360d5b")
    }

    @Test func hashersAndDigestsCrossConcurrencyDomains() async {
        var hasher = SHA256()
        hasher.update("ab")
        let started = hasher
        let digest = await Task.detached {
            var hasher = started
            hasher.update("c")
            return hasher.finalize()
        }.value
        #expect(digest == SHA256.hash("abc"))
    }

    // MARK: Fixtures

    private static let oneMillionAs = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"

    /// The first `count` bytes of the message behind `patternDigests`: byte `i` is `(31 i + 7) mod 256`.
    private static func pattern(count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    }

    /// `pattern(count: n)`'s digest at index n, as printed by
    ///
    ///     python3 -c 'import hashlib
    ///     for n in range(201): print(hashlib.sha256(bytes((i * 31 + 7) % 256 for i in range(n))).hexdigest())'

    private static let patternDigests: [String] = [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",  // 0
        "ca358758f6d27e6cf45272937977a748fd88391db679ceda7dc7bf1f005ee879",  // 1
        "140d811b81973993df99b8b1742b383ab83f6f52bf7af850812e7bba02ff11da",  // 2
        "647674a296197442f518bcca323ec605dd8d098b2d4f22ee1fdcdd2bb753a189",  // 3
        "b999f79c534a332dfb989ab78cda3d1967c16133ca1d668cf62737f8d768962f",  // 4
        "a7fed79902b79407088f9cc6584f7506f82d8be43dc419ff5ab1969dfdd245f5",  // 5
        "35a9838ae94607ca89c07791a9682ba4a7a4ac9a30f262439c067eeb64ae2ad1",  // 6
        "13ce3403bf0ec804d44556f2fce6a75e4117680fb8791e7bc631bb7ef0d13550",  // 7
        "4fb900ca3f5832fcc475b79bf07217bf0edfe9d39ea10f5cf624246ff68b47de",  // 8
        "1a4d14ade81567725e079c6fc24507fefef27d92c7ac4086d9f74b89ef2f0aa4",  // 9
        "49e62c55d4996b5c5092f67f3ca52e954e37310cd3e07a25be69d3f1b8d2fd98",  // 10
        "b1ea037a5a2028c5faa5eb98708424f1ac7896731528711341f236d8c19cabd1",  // 11
        "d255aafa782c787b223925cbe2cc9d234ee70cea08b951f0b0c0b3f8b82e0916",  // 12
        "dc898e8ef5663ef7a22697ee877b3c4d62ac6f2a60d87187432172e46ece2cc4",  // 13
        "4327538c6f8ae469aa369a03eddf44f38c784d258bbccb6e1a571adaa0ad9d9a",  // 14
        "45d2755c5c700f214e3422972d36e5de4416645f498926ac719fae09605c09f4",  // 15
        "f087c7ff57988205ab8885ecbfca8a77c96e91b213bdaba91143fbcd62997713",  // 16
        "b6ff0191041cc77b1ef514adaed53fdd247fd43221a629d3d7c91d14e21038a3",  // 17
        "df1d155105ed3fd5a96ac0cc8a03757b8b129af594f42415eb239a4b4bc75767",  // 18
        "b8c31728a52aa1d6dc0c74c313c5920752a3e4b6aee9af80355626e46425d870",  // 19
        "3d9862867e0f08fe66a4a8060f470d25cfb1dbf7705249bc343df0ae24aff0c0",  // 20
        "fbb90f5e6853482c6429452998cfd075da3a022b888fe1656fa06db254a5febd",  // 21
        "8f98945d76a89645faec1fa8423320e1c667fe187010df451ec31aef07ac92bc",  // 22
        "e37502a8c138a926769fa31e1f8897d8c8ce9869acbc47a08228c10733bd4a7f",  // 23
        "534ed31261a5fa7479dfdf11a17fd67c54f97f709c8d0cbc7d6cede4250848ab",  // 24
        "62394da95c50caab10618ac4b91e5855e5d6070fdbc4f3fcf236ad6131552a01",  // 25
        "476f63083003ae90ee93820b6424e7fe7225295d1df672f1980cda7611c7525d",  // 26
        "c254534705c4b62acfdb7559129a2fe1f4a6357f29adb2ce0272a5850ec18779",  // 27
        "44e10749b735119d2bb8a035ab9e80feaf2d70ff0cb4ff81009a7164ea7ef158",  // 28
        "635d558662aa3a0a816409012f1ebddd3e97e5b47b104ce3cf2fa51eac6ba03c",  // 29
        "96c7f171376cadae5507a4e86f209ecae9803c573b4c12ce092cd3a406753ee0",  // 30
        "5e5f9fa56d6337115e86a2508477e87c7d5296d0b0743ecfde2d0caeed2db37d",  // 31
        "8e889f10b21cdd1b3ad72f740317a827d76e1b5b3f721e33c566f06d1deff8ea",  // 32
        "93462e85c42aa037bc727a8c283497594aa5c844f0e5bccaa52fec34dee9f44e",  // 33
        "7eacf4e83a0c0f6a275d8638bb4139f57032be7f92faf18061ab123956e839f7",  // 34
        "694e74e19ea404ce1fa456cd86a21805c1d5e3b9ddddac82049e1930f7916207",  // 35
        "1b0e5a6e99cf2857502ea95e3c9fd8623a7b97c736d2a3ea51007cc8f4e4459d",  // 36
        "1de539554304369f30c38f449ff784bd5631da1c116826ad6bf9eb941b4def8a",  // 37
        "919d8c7274eabf2f23564d1ffaff05432563380a336ad020c475ede6f8e758db",  // 38
        "4673c1ba5e3149dc9378b6991aad7fc5b9eea309128de482e41a4a26b1014253",  // 39
        "0069ba1486c68c9d9b6696145417e15d575490572a589cb90295d1d646ab168d",  // 40
        "713465c48d1af54b1ec09afeb0ff1d2c1d903e2209e6456cb1bb406feadbdadd",  // 41
        "d59b89452cfe95dea27e9ceb867031c0d1b009b7a34f7f9579033de9fb1b7025",  // 42
        "cb2918c166fc0ce29240404ded678790ec1ed1081a44451b12db86af947409dd",  // 43
        "c6c2394c8738d718c9267fa44a604af1730c3eee5b49206eb0b3afe51fb9094f",  // 44
        "70e67c7bb6676134b17de565343d978e42a4d9c451081b52dd7305d39db8998f",  // 45
        "efe965a979e8ea0af2bc644f948b5d9ff44aa32c9ef16696e7c39b43bd34eccc",  // 46
        "0b87b79f91e5d8b08a2b987530d2661a815cb36051d1d9de643d9b77f8b0000d",  // 47
        "dfdea792658d9e37734453208d20a69207f91e45b38ba9fb35d6a855cbcaa859",  // 48
        "133936d4a4bdf0845e1a7f6eec060132a2b4f9ca028e891cc9d491f588cdf0a5",  // 49
        "9482749d4936c40304ce3449d92fd738a8bb2919dcfb63ef738a19e3a3b01d04",  // 50
        "ef91e8e4033ca1960bfd6b772d4992f661954e6285ec81c8abe8d89e2fc8a04a",  // 51
        "56d20b3f0c9a4610c8f555349d5a1acbd77f4ae92e3e1052562e1df97c1831bb",  // 52
        "6018db3f8d14f3b05f0ca750fd780750808dd09a23128cdd80a81251b2c5d519",  // 53
        "c802146d5788fb540fbf29d8ff485730ad10f4f13b78961c032e78691b582647",  // 54
        "8aa994584139d128848eeebc4e815639ba5ab6e6e39574195a63ac4f14f7c43b",  // 55
        "ad574708f75c044c9b85de64cb568ee7711ff4f36448c6242f053ba8f6cc2b63",  // 56
        "5b46e502092be01b1100193e089fdda95638c12e19a1d24f308eb2c3d3ae849d",  // 57
        "b077ebeb8236a3aadb7f9f3fac9bf78df7e2ae0e8ca49d19f36914c66c2421ea",  // 58
        "52c10381fbaf5149f1c9a1df701baea05f74df32b80fa073943df58b61942ca2",  // 59
        "0cd53cd7093df4c301a67b8072a805e69508d9336a4a237f760dd989994fe7a2",  // 60
        "e8e5a95dd7d96e970954472cc2ed73edca2c48c710048b858c31996ce769a382",  // 61
        "8a670c7c037c3947aa18d2a2a717c1814a210f51ea22138c5bc43d5e09f63db7",  // 62
        "280ed3e8ff1df845b2e7dfe6ac6cee817bef20e783cc65abc41b818b4d2fe076",  // 63
        "c6ab9724ade5b6a7a1edfffb12f3aa9181351355af8fd08c919952ad211339dd",  // 64
        "788367c73c7ddf4c53f65e68cc0d943e6227ab55b0e78ba63ace822b1c6301c0",  // 65
        "c24f29299c40d868cd7b1f5de6af00827b1a8454ed22256f8fad0a23651d8cb3",  // 66
        "978d3882da4335d999565e8f6a1ad3c67d05d13200305ca88b71c15a6e3e85c8",  // 67
        "73205e7093c6b53b335bcedba2eeea7ae1f9d2fa189709ff17c2c70b11c758b3",  // 68
        "0bc9554f0d0db189aedc00e391072ca3f9727d8b00b83fb701f0569066c01ffa",  // 69
        "d9c27945a73a9005b52f13594479b695ed1c4e96f764e62a19ea2e32af9b44e5",  // 70
        "b4d079c3da387729008e096f129032366ba3b1b13f07c57352afd083824d1de9",  // 71
        "9c6db2e3af616bebc9de6e90f9d1be29621157db8a0718aa2fe36d84fc451f87",  // 72
        "5289296269eaf1e62e77cff45f520309cb0a5d5ac7290e09be5714cb3602ffb2",  // 73
        "7bf9fa01704b1fc3a5aedb1cc286a29f2c1f380a6ef5c50f6e208e8e86b34b01",  // 74
        "56b127f7acfa1c21854e9f44179d88588f68be841c0dbaba735f65f94ba42207",  // 75
        "c30425ba5122022f0cb5f2b85fddfff45900e6e7f3bc4a064fa5bb771a3fc288",  // 76
        "2b5636493c358e72d577ce8afbeb79e6757c188a6fd31d029a2821e85542833b",  // 77
        "677f8cc982301dc75b9b988799379e69b7b676b117d886466692081cb33c0bc3",  // 78
        "9f419c1f641a930b61e7861f11c3dd716bc05991a072efb8b5bbef7436d19aa2",  // 79
        "b26499a826b8b46533c2d582cd456c0c3ef988e52c4f2af931b44baaf18de26c",  // 80
        "2cbbfa85a5052ffdf904ef426414e11201bf118874ace71e173822b1f037d38b",  // 81
        "5ee37ccff83bb4c9590fbb0ed39bbf48cabcbc5af621793c3bde3140c24e805d",  // 82
        "d148a9b0b08ada1301de8deaf952ed6d9ef8722928d57d2dc6104ed4eb3a1a47",  // 83
        "a73b761738961969a2dd7b875bdd38fcd0b1abea466bda5872f5bf1de8511d84",  // 84
        "210e074eadded47ed7cb727d9748bd14cafda623bc6947cc1e6302688da64d22",  // 85
        "a305fec92849b9c0765508d5010aff39ff3126e4ff4e10072199d8c02ce8defe",  // 86
        "ad5d8afb4c5cebec996abb96f7e9a1341c4b30db6d105dbb081d98454cfc7a6b",  // 87
        "efec7be79a6481cece434f8b463bc7800d10b8208c93b4fcc8c71f7f6701f71e",  // 88
        "61208160d58e9662571cda06cb9714095edf50393caee99cb75c5a26f488e19b",  // 89
        "2510bce9f3bed86186f4a98def953dad75bb13a89356426603a22f81c9ea5768",  // 90
        "25430c9c296d09c08f26d7efd74da726e8b705275e7a212a1fbf9d611c54c84f",  // 91
        "087ae647d38e728654b8d64960b8b59f31e46f98186f36e2e6a87e9ff6a6418d",  // 92
        "faced2ae498e7cce764c5f3c6a59610ec089b9d8ab67a2f81c1fca0b4403934e",  // 93
        "9d362998ae54695e7f832df638a353822f1283a49118f908703fdb0803509424",  // 94
        "d8c1f906be7970fa1b45890c5b45f94564ce77dd02bdb8cf0b869ca0afaa89e5",  // 95
        "d6c2773235f3785b4cf0f2b11861675cfd7f2a033ae69df9009cce1a787188b7",  // 96
        "15218c39030268e3258c9d4a8d3f284885a3784d0a0eb64d0e3ff99630457198",  // 97
        "c0744ab5ad80d3d6b460729c98230900a31d8c458ea5b462c79ed8a255e230a4",  // 98
        "717c23feab1f6a3a42269fc90b88799a1634028b67423f14b8602498bb952546",  // 99
        "c22e490daa445fb2fba44278c022df135310fd278cabca4ad7919eddcccd1dce",  // 100
        "e074ec684ae30cd662349906698baedc326789d9048ddd3dc1d43c6fcd5ab215",  // 101
        "52b5aad34021e9763bd2f719103edc8792bbf1250064eaaeab3b618cb31f1605",  // 102
        "e571c2a147c1eceec5dd8b6aeb1889aae50ea41b623d3026abc665acff5201f9",  // 103
        "23741790d156ecb2e1f43040faf528c96695945ff60b140c017b18137ca88888",  // 104
        "b9eeabc1150408b0798f41474ca2631a1e1d21d596db4420f3e23a2e05b3d9e3",  // 105
        "5d996879165390ac46419c0d499872248af518d37f368517d601e9404dd4e543",  // 106
        "49b9f17a7f3c6d94ae8b82ae9f94f367750c2c96b5b3e512c0c70cc818caf741",  // 107
        "189fbfd57dd81e95f3328c00adf69cc226c6c6081b21dc12f60ee1505d8d966c",  // 108
        "28ff771381251bcd442093a809a61095f53d6b83b7df9e59d142570bfc2a2835",  // 109
        "fe47c5a8d830476f3857f334a8a6d25f51270b9ab6f5d6dfaf5cb87b57c7aa91",  // 110
        "dd1413178fb627f9abbc041ffe39c44aa7aaa0e2e6d2ca5c4528ac7073a2da45",  // 111
        "a65c92dac124062d0ab951a42773cb04fc98d1d4bf8897b176f8cff3509d379e",  // 112
        "6f184b6619128e865ecb2b3ea96c03d461f0664d87689480988dbee53a449161",  // 113
        "81a8edf98294aab58cd1624aa4eca96e7f12de7de41005d08a5dc160a3c66ed6",  // 114
        "acb4c84cb17d887b3411a138a357b52be28f487418f65a0c5dc3b11a1337ec6f",  // 115
        "0d6a9d84e67cb35fb772c46763b46b72e229b5f76663c5ed53343424775ad100",  // 116
        "af7b162f08dae5e87b4008e21010c646a576e3372d6814edd32f9d01949deca9",  // 117
        "e96230c1485dd2e36f02f30932b0e2acf725283090cfdd8c58fce6bf523edd26",  // 118
        "3d610547d68216dedf7435a4fb6260353911f6b3fd3f18805ddb8be285d726fe",  // 119
        "1f80156a804cb7862ad113e8200e9d74499723e7c7854d5f48776d3148e09656",  // 120
        "614571410beab3df68d50132a341d338575653da8374c630441bbe380b9b3136",  // 121
        "d728ad2179214f0cb2b01d264d8b7fb26893e310599d5d419c7a9f92ca293664",  // 122
        "893ef3f88cf4382f5d660f694b6b4213960adffa842aca38988fcbc7ea5b58dc",  // 123
        "2a4c07c863a78da189481963834179ff348b51630ccf098b923d871ff748403d",  // 124
        "5ef8fed0986749855f87f2125e13fe813d9c1428ef0ef36bf49395b53d14c85a",  // 125
        "5aa67f561ca036a72db939b4d4b14975505f08fc1564036822a1639a5b09dfb8",  // 126
        "192409cd280e14b743642ad1343fbd3e82d9305de72c078117745a679210cc3d",  // 127
        "cc548ca2dec1f6fe4f58b2e27aa9c7521607df1130d140b55a4dad0665302356",  // 128
        "81e89a7b2911aaa7795f9e3d4910cb47d6cd2b00d83b8399481527261a1a7519",  // 129
        "1c7c3b5eee94d4fa8b41754b89153e50491838d0d3e49b0273d6f12cae12e387",  // 130
        "18769e5eba4eee253e84312bf5b108061fb60c21fa952447245a577eae6795fd",  // 131
        "a5410f75af642052ed7e8e414b61953227f4d8a3faea3422c35ad4a5baacf4bc",  // 132
        "764f3f0931be1a7d79b3b1e18778ee744d6db830e61e738b5910efe3dd0ea7d6",  // 133
        "888813803b4f71323a995835cfa5cce686bd14801a08b3471e953d4fe017e4f1",  // 134
        "8dc4c3808177a1929f7a7bbb69357dc0df4ddd4f52982df5557e1620d67e63ff",  // 135
        "c24b158fded40acdd875625ecbf3733ac2056516bf20a20c920404d4ca720ba6",  // 136
        "3e28a29dd0249f4b8b9c78d1a497b28885bf4b69ee8fcdc6b6140987d6b76dc3",  // 137
        "2e9719b2d7aee22146160956be7fdd6f0e5bf58763699d4971b26308b5d3cdc0",  // 138
        "97e1f04b02430b9fdfccbbe14b4cd2c6bea1d429b5677616a34f49877acf89da",  // 139
        "39c1c0b83952c4c9a81acce56a0f0e986a7836fcfdf390d7928d8ed577874a03",  // 140
        "c6f81b97015569f181442f8f2fc1e9e8ed5ee70fc1a49b43f8b8a26d0b5f4e02",  // 141
        "7e94c204a36634c4ae4898af321f156bfbab00f77ae0a7e4ef0bbe80702219a4",  // 142
        "954a89c22379c8c8d3873d7629d999b17c20a918a58df017d46ea4dbacd82cab",  // 143
        "8e199690f08da68d684a89e782ecb9523b6f7eba20503f4f85307cf090cba03c",  // 144
        "382cce968006fb1bd57dd434379c2790c79cbb4f19c609aad9707de281d01d94",  // 145
        "e234bd7ecd628ba3c190456fb3f141688fe5d2f976bff6618795f4e5ff07cb35",  // 146
        "ee9795ce4f78e8f8d8b7313ce5d4cd84ed1693be41c84577aabc694394189093",  // 147
        "065c1162967d3008f738862862fc01f6e63cc8eecc0849d9c278e5153c19dabe",  // 148
        "f90d15274890783e79d539fb16aa05e68ab17ee1d4099228da2d80de19f20c49",  // 149
        "5eab0cc7b2b5916cc393889854d7cf4d652fc12dec49973113c9d8e4332197fa",  // 150
        "167cbf48d12d456d6e73518b2ba5bf2e05469e0f476e5d686ed219cd646c7059",  // 151
        "aab839f6ef544fa4971d0d5cd61dd73ec9ea579f151f3286cc07d533ad6a94f9",  // 152
        "c758ac549754ad18f07c4931a2d4d394e3d7c7de7ef425bb12ee98760106189c",  // 153
        "e7fe3f3b7086034969d4cfa1b4a947de66fdb678434060d325f83b96dfa4ec7f",  // 154
        "bcaaa9fd348b72ea8969c4adb5fb2575294f7b8c813e2ecabcb673893fe3dc22",  // 155
        "c10579c01a89b262354304ee97601d57873b3a30cb8406edac26d1aa98991a2f",  // 156
        "10727de87d2773a7b679208004ee59140677e031f89222631697b6202abb22a7",  // 157
        "6f87b1ec31c9d8070900ad975750c72deb9b0da38afe4f45c4bba4056ad9f0fd",  // 158
        "348b680dda703d4d84492be7a7d82834bd11879d5cd5f956b9decffc1ec0916d",  // 159
        "10b51fe27d295be662888ffc1a0fbe54e7da565d7e1dadce6ef9628f6bafe7c0",  // 160
        "2c3f74fd4ef37e37c3067bd6263312b75d125787a40ace171e2e9c4972c68bb5",  // 161
        "760c827884597d1716dea31d80458b9fa8a28868e8d2509291b946acdfa8e9cc",  // 162
        "e261ba3883fddb02e67bbbbe432b0dd3d4a9ad3c7107411e7d1abccbc55654d4",  // 163
        "71e03269e0f4b5c35d0312e252c0bb1dd9822caad1cec6f9c0b9f29631b20eae",  // 164
        "d978b218e592e3901597ccd781df344254433ba7c7087c8c785d25d764072ef5",  // 165
        "2908cac0b21b0b76a53932712fb52ad0f5fd00a7bb8dcaa25764002101915774",  // 166
        "0f4555a9609cccbf2f1df0857ab09e94546b4a66f71f062445311aaf89e4f0aa",  // 167
        "353dc2015e200bcb38eba6890db85c611a905540b69392c342ac6d8fc7243302",  // 168
        "2693c62048824b3a7a42b36d20357f870f596b6191b7da05f79bed83ce94b45e",  // 169
        "6980341780cf937954bb988f607405ae321358ba7cffa8128d87007ec13b751a",  // 170
        "55d7b8b6e738d95dbddacca9defc117d0276e376d0dd8bb130811240125fd53d",  // 171
        "80384da4a0b9c37887b9b3940b432eeb8a8913600f099ad32d067507beb9948c",  // 172
        "95d7d8ea38bbb219339ce00ae1dee1b13c6841afb37348b0675544279016e479",  // 173
        "d2ab9c5ec6076dbe44b91add6a27c605d8e9fddaca350eb36a187acf9bb3f633",  // 174
        "701d3dae8ec02f216f73e60ac46490cb945ebe91965993789fa11d2c5d7694ed",  // 175
        "58df018f5b17dbfc0f27e2f3e60c0118dfd1f537b2fdefb1140640f1050410fc",  // 176
        "a1b11dc013e81f62b32567b312ec7984d376d9b1e87e035b221c9cadd400d815",  // 177
        "deeb81ef7d9ccfc4f0f418d3f9c411f839bc1837bab857025ef8da84fc55d442",  // 178
        "b5bb851176acd354716bc554fd63368128d1d91310fd93bf6aa6334feb390cc6",  // 179
        "51a698ddb018a6410222c2fe140a22a7acfd0e13e60331a047adcbf64a6356a5",  // 180
        "bbc9e4ba37b293a192591d17e121550d69b06f182093314ca7acc9070b5d818d",  // 181
        "5ed34fa086dc6f3049923925507962e846a16346c34415ebcc97621e2a20d88a",  // 182
        "a0687018a48993fa01699bfd35af7ad7722645db72db8cb992ea29879f1f469a",  // 183
        "3fc9f2e46a8dde9185fd546c4082719cd75ded2723835be16a07e61b1dea1595",  // 184
        "96a39fb1d3018e525607a20559aacfb53c34bd696a88bb7fbfb065875977760e",  // 185
        "aa364f12dfc6c201c5f78d9a8a443ebecd8d4b90421b08c05981bbb43942c8c1",  // 186
        "e73dba66ee63c61be311dfee970a0961d6cc2e6ce0693f8f15a3b6d8446cfdc3",  // 187
        "341fc71fe02af0dccfc000c98b2854bb4835ecc859d39f31ffccc4ddd90d1d21",  // 188
        "31767f2adc750b961da57e02a8575f2641e2d140f7ec9cabc517bcb7a082caee",  // 189
        "b245f5216fb8ecd0ddffa1110e8b6ee47e9f74c80bab89d711809c2131852104",  // 190
        "2a30958d124d569d0a4832c608c772181557edbae684ff368be6592d3bf500c7",  // 191
        "6e3a9b4ecba7af3a46e4f5c90fe02c99b5715144444b38049a42ac8313b30346",  // 192
        "87746ac61c76c535aff44356de173c446cae1a259ea678f42af728c00b9aa287",  // 193
        "151bb57a34c56ebe1cedf644d582ffec3532070505fe967aa63c37b37b434800",  // 194
        "a2aca24f9f32c28f1c2580638ae3f51b2d783dfa852da6e199330ecc0b4f392c",  // 195
        "f8ae280945ac9ea24e9c504cae1644d7407f9550f8925ecee28b4aa8e92f80e7",  // 196
        "562ff0b26f1e0550607ac75443bff2c5db789a3609873d973f5754009f283e91",  // 197
        "80172f9659721c154f8ca4c13a2d8ecd4d3fdf68ee253310aaf043da815aa88d",  // 198
        "fbcad5d972e2f0f5cd8b088ee7f1620163668962f5603485971fd6e93a171fc8",  // 199
        "44cae5223d431caed4a9e32271d6abf17c3f2f4abac45fcdb48a99fcc6072a09",  // 200
    ]

    /// (Msg, MD) of every case in NIST CAVS SHA256ShortMsg.rsp (byte-oriented), Len = 0 to 512 bits.
    private static let shortMessages: [(String, String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("d3", "28969cdfa74a12c82f3bad960b0b000aca2ac329deea5c2328ebc6f2ba9802c1"),
        ("11af", "5ca7133fa735326081558ac312c620eeca9970d1e70a4b95533d956f072d1f98"),
        ("b4190e", "dff2e73091f6c05e528896c4c831b9448653dc2ff043528f6769437bc7b975c2"),
        ("74ba2521", "b16aa56be3880d18cd41e68384cf1ec8c17680c45a02b1575dc1518923ae8b0e"),
        ("c299209682", "f0887fe961c9cd3beab957e8222494abb969b1ce4c6557976df8b0f6d20e9166"),
        ("e1dc724d5621", "eca0a060b489636225b4fa64d267dabbe44273067ac679f20820bddc6b6a90ac"),
        ("06e076f5a442d5", "3fd877e27450e6bbd5d74bb82f9870c64c66e109418baa8e6bbcff355e287926"),
        ("5738c929c4f4ccb6", "963bb88f27f512777aab6c8b1a02c70ec0ad651d428f870036e1917120fb48bf"),
        ("3334c58075d3f4139e", "078da3d77ed43bd3037a433fd0341855023793f9afd08b4b08ea1e5597ceef20"),
        ("74cb9381d89f5aa73368", "73d6fad1caaa75b43b21733561fd3958bdc555194a037c2addec19dc2d7a52bd"),
        ("76ed24a0f40a41221ebfcf", "044cef802901932e46dc46b2545e6c99c0fc323a0ed99b081bda4216857f38ac"),
        ("9baf69cba317f422fe26a9a0", "fe56287cd657e4afc50dba7a3a54c2a6324b886becdcd1fae473b769e551a09b"),
        ("68511cdb2dbbf3530d7fb61cbc", "af53430466715e99a602fc9f5945719b04dd24267e6a98471f7a7869bd3b4313"),
        ("af397a8b8dd73ab702ce8e53aa9f", "d189498a3463b18e846b8ab1b41583b0b7efc789dad8a7fb885bbf8fb5b45c5c"),
        ("294af4802e5e925eb1c6cc9c724f09", "dcbaf335360de853b9cddfdafb90fa75567d0d3d58af8db9d764113aef570125"),
        (
            "0a27847cdc98bd6f62220b046edd762b",
            "80c25ec1600587e7f28b18b1b18e3cdc89928e39cab3bc25e4d4a4c139bcedc4"
        ),
        (
            "1b503fb9a73b16ada3fcf1042623ae7610",
            "d5c30315f72ed05fe519a1bf75ab5fd0ffec5ac1acb0daf66b6b769598594509"
        ),
        (
            "59eb45bbbeb054b0b97334d53580ce03f699",
            "32c38c54189f2357e96bd77eb00c2b9c341ebebacc2945f97804f59a93238288"
        ),
        (
            "58e5a3259cb0b6d12c83f723379e35fd298b60",
            "9b5b37816de8fcdf3ec10b745428708df8f391c550ea6746b2cafe019c2b6ace"
        ),
        (
            "c1ef39cee58e78f6fcdc12e058b7f902acd1a93b",
            "6dd52b0d8b48cc8146cebd0216fbf5f6ef7eeafc0ff2ff9d1422d6345555a142"
        ),
        (
            "9cab7d7dcaec98cb3ac6c64dd5d4470d0b103a810c",
            "44d34809fc60d1fcafa7f37b794d1d3a765dd0d23194ebbe340f013f0c39b613"
        ),
        (
            "ea157c02ebaf1b22de221b53f2353936d2359d1e1c97",
            "9df5c16a3f580406f07d96149303d8c408869b32053b726cf3defd241e484957"
        ),
        (
            "da999bc1f9c7acff32828a73e672d0a492f6ee895c6867",
            "672b54e43f41ee77584bdf8bf854d97b6252c918f7ea2d26bc4097ea53a88f10"
        ),
        (
            "47991301156d1d977c0338efbcad41004133aefbca6bcf7e",
            "feeb4b2b59fec8fdb1e55194a493d8c871757b5723675e93d3ac034b380b7fc9"
        ),
        (
            "2e7ea84da4bc4d7cfb463e3f2c8647057afff3fbececa1d200",
            "76e3acbc718836f2df8ad2d0d2d76f0cfa5fea0986be918f10bcee730df441b9"
        ),
        (
            "47c770eb4549b6eff6381d62e9beb464cd98d341cc1c09981a7a",
            "6733809c73e53666c735b3bd3daf87ebc77c72756150a616a194108d71231272"
        ),
        (
            "ac4c26d8b43b8579d8f61c9807026e83e9b586e1159bd43b851937",
            "0e6e3c143c3a5f7f38505ed6adc9b48c18edf6dedf11635f6e8f9ac73c39fe9e"
        ),
        (
            "0777fc1e1ca47304c2e265692838109e26aab9e5c4ae4e8600df4b1f",
            "ffb4fc03e054f8ecbc31470fc023bedcd4a406b9dd56c71da1b660dcc4842c65"
        ),
        (
            "1a57251c431d4e6c2e06d65246a296915071a531425ecf255989422a66",
            "c644612cd326b38b1c6813b1daded34448805aef317c35f548dfb4a0d74b8106"
        ),
        (
            "9b245fdad9baeb890d9c0d0eff816efb4ca138610bc7d78cb1a801ed3273",
            "c0e29eeeb0d3a7707947e623cdc7d1899adc70dd7861205ea5e5813954fb7957"
        ),
        (
            "95a765809caf30ada90ad6d61c2b4b30250df0a7ce23b7753c9187f4319ce2",
            "a4139b74b102cf1e2fce229a6cd84c87501f50afa4c80feacf7d8cf5ed94f042"
        ),
        (
            "09fc1accc230a205e4a208e64a8f204291f581a12756392da4b8c0cf5ef02b95",
            "4f44c1c7fbebb6f9601829f3897bfd650c56fa07844be76489076356ac1886a4"
        ),
        (
            "0546f7b8682b5b95fd32385faf25854cb3f7b40cc8fa229fbd52b16934aab388" + "a7",
            "b31ad3cd02b10db282b3576c059b746fb24ca6f09fef69402dc90ece7421cbb7"
        ),
        (
            "b12db4a1025529b3b7b1e45c6dbc7baa8897a0576e66f64bf3f8236113a6276e" + "e77d",
            "1c38bf6bbfd32292d67d1d651fd9d5b623b6ec1e854406223f51d0df46968712"
        ),
        (
            "e68cb6d8c1866c0a71e7313f83dc11a5809cf5cfbeed1a587ce9c2c92e022abc" + "1644bb",
            "c2684c0dbb85c232b6da4fb5147dd0624429ec7e657991edd95eda37a587269e"
        ),
        (
            "4e3d8ac36d61d9e51480831155b253b37969fe7ef49db3b39926f3a00b69a367" + "74366000",
            "bf9d5e5b5393053f055b380baed7e792ae85ad37c0ada5fd4519542ccc461cf3"
        ),
        (
            "03b264be51e4b941864f9b70b4c958f5355aac294b4b87cb037f11f85f07eb57" + "b3f0b89550",
            "d1f8bd684001ac5a4b67bbf79f87de524d2da99ac014dec3e4187728f4557471"
        ),
        (
            "d0fefd96787c65ffa7f910d6d0ada63d64d5c4679960e7f06aeb8c70dfef954f" + "8e39efdb629b",
            "49ba38db85c2796f85ffd57dd5ec337007414528ae33935b102d16a6b91ba6c1"
        ),
        (
            "b7c79d7e5f1eeccdfedf0e7bf43e730d447e607d8d1489823d09e11201a0b125" + "8039e7bd4875b1",
            "725e6f8d888ebaf908b7692259ab8839c3248edd22ca115bb13e025808654700"
        ),
        (
            "64cd363ecce05fdfda2486d011a3db95b5206a19d3054046819dd0d36783955d" + "7e5bf8ba18bf738a",
            "32caef024f84e97c30b4a7b9d04b678b3d8a6eb2259dff5b7f7c011f090845f8"
        ),
        (
            "6ac6c63d618eaf00d91c5e2807e83c093912b8e202f78e139703498a79c6067f" + "54497c6127a23910a6",
            "4bb33e7c6916e08a9b3ed6bcef790aaaee0dcf2e7a01afb056182dea2dad7d63"
        ),
        (
            "d26826db9baeaa892691b68900b96163208e806a1da077429e454fa011840951" + "a031327e605ab82ecce2",
            "3ac7ac6bed82fdc8cd15b746f0ee7489158192c238f371c1883c9fe90b3e2831"
        ),
        (
            "3f7a059b65d6cb0249204aac10b9f1a4ac9e5868adebbe935a9eb5b9019e1c93" + "8bfc4e5c5378997a3947f2",
            "bfce809534eefe871273964d32f091fe756c71a7f512ef5f2300bcd57f699e74"
        ),
        (
            "60ffcb23d6b88e485b920af81d1083f6291d06ac8ca3a965b85914bc2add4054" + "4a027fca936bbde8f359051c",
            "1d26f3e04f89b4eaa9dbed9231bb051eef2e8311ad26fe53d0bf0b821eaf7567"
        ),
        (
            "9ecd07b684bb9e0e6692e320cec4510ca79fcdb3a2212c26d90df65db33e692d" + "073cc174840db797504e482eef",
            "0ffeb644a49e787ccc6970fe29705a4f4c2bfcfe7d19741c158333ff6982cc9c"
        ),
        (
            "9d64de7161895884e7fa3d6e9eb996e7ebe511b01fe19cd4a6b3322e80aaf52b" + "f6447ed1854e71001f4d54f8931d",
            "d048ee1524014adf9a56e60a388277de194c694cc787fc5a1b554ea9f07abfdf"
        ),
        (
            "c4ad3c5e78d917ecb0cbbcd1c481fc2aaf232f7e289779f40e504cc309662ee9" + "6fecbd20647ef00e46199fbc482f46",
            "50dbf40066f8d270484ee2ef6632282dfa300a85a8530eceeb0e04275e1c1efd"
        ),
        (
            "4eef5107459bddf8f24fc7656fd4896da8711db50400c0164847f692b886ce8d" + "7f4d67395090b3534efd7b0d298da34b",
            "7c5d14ed83dab875ac25ce7feed6ef837d58e79dc601fb3c1fca48d4464e8b83"
        ),
        (
            "047d2758e7c2c9623f9bdb93b6597c5e84a0cd34e610014bcb25b49ed05c7e35" + "6e98c7a672c3dddcaeb84317ef614d342f",
            "7d53eccd03da37bf58c1962a8f0f708a5c5c447f6a7e9e26137c169d5bdd82e4"
        ),
        (
            "3d83df37172c81afd0de115139fbf4390c22e098c5af4c5ab4852406510bc0e6" + "cf741769f44430c5270fdae0cb849d71cbab",
            "99dc772e91ea02d9e421d552d61901016b9fd4ad2df4a8212c1ec5ba13893ab2"
        ),
        (
            "33fd9bc17e2b271fa04c6b93c0bdeae98654a7682d31d9b4dab7e6f32cd58f2f"
                + "148a68fbe7a88c5ab1d88edccddeb30ab21e5e",
            "cefdae1a3d75e792e8698d5e71f177cc761314e9ad5df9602c6e60ae65c4c267"
        ),
        (
            "77a879cfa11d7fcac7a8282cc38a43dcf37643cc909837213bd6fd95d956b219"
                + "a1406cbe73c52cd56c600e55b75bc37ea69641bc",
            "c99d64fa4dadd4bc8a389531c68b4590c6df0b9099c4d583bc00889fb7b98008"
        ),
        (
            "45a3e6b86527f20b4537f5af96cfc5ad8777a2dde6cf7511886c5590ece24fc6"
                + "1b226739d207dabfe32ba6efd9ff4cd5db1bd5ead3",
            "4d12a849047c6acd4b2eee6be35fa9051b02d21d50d419543008c1d82c427072"
        ),
        (
            "25362a4b9d74bde6128c4fdc672305900947bc3ada9d9d316ebcf1667ad43631"
                + "89937251f149c72e064a48608d940b7574b17fefc0df",
            "f8e4ccab6c979229f6066cc0cb0cfa81bb21447c16c68773be7e558e9f9d798d"
        ),
        (
            "3ebfb06db8c38d5ba037f1363e118550aad94606e26835a01af05078533cc25f"
                + "2f39573c04b632f62f68c294ab31f2a3e2a1a0d8c2be51",
            "6595a2ef537a69ba8583dfbf7f5bec0ab1f93ce4c8ee1916eff44a93af5749c4"
        ),
        (
            "2d52447d1244d2ebc28650e7b05654bad35b3a68eedc7f8515306b496d75f3e7"
                + "3385dd1b002625024b81a02f2fd6dffb6e6d561cb7d0bd7a",
            "cfb88d6faf2de3a69d36195acec2e255e2af2b7d933997f348e09f6ce5758360"
        ),
        (
            "4cace422e4a015a75492b3b3bbfbdf3758eaff4fe504b46a26c90dacc119fa90"
                + "50f603d2b58b398cad6d6d9fa922a154d9e0bc4389968274b0",
            "4d54b2d284a6794581224e08f675541c8feab6eefa3ac1cfe5da4e03e62f72e4"
        ),
        (
            "8620b86fbcaace4ff3c2921b8466ddd7bacae07eefef693cf17762dcabb89a84"
                + "010fc9a0fb76ce1c26593ad637a61253f224d1b14a05addccabe",
            "dba490256c9720c54c612a5bd1ef573cd51dc12b3e7bd8c6db2eabe0aacb846b"
        ),
        (
            "d1be3f13febafefc14414d9fb7f693db16dc1ae270c5b647d80da8583587c1ad"
                + "8cb8cb01824324411ca5ace3ca22e179a4ff4986f3f21190f3d7f3",
            "02804978eba6e1de65afdbc6a6091ed6b1ecee51e8bff40646a251de6678b7ef"
        ),
        (
            "f499cc3f6e3cf7c312ffdfba61b1260c37129c1afb391047193367b7b2edeb57"
                + "9253e51d62ba6d911e7b818ccae1553f6146ea780f78e2219f629309",
            "0b66c8b4fefebc8dc7da0bbedc1114f228aa63c37d5c30e91ab500f3eadfcec5"
        ),
        (
            "6dd6efd6f6caa63b729aa8186e308bc1bda06307c05a2c0ae5a3684e6e460811"
                + "748690dc2b58775967cfcc645fd82064b1279fdca771803db9dca0ff53",
            "c464a7bf6d180de4f744bb2fe5dc27a3f681334ffd54a9814650e60260a478e3"
        ),
        (
            "6511a2242ddb273178e19a82c57c85cb05a6887ff2014cf1a31cb9ba5df1695a"
                + "adb25c22b3c5ed51c10d047d256b8e3442842ae4e6c525f8d7a5a944af2a",
            "d6859c0b5a0b66376a24f56b2ab104286ed0078634ba19112ace0d6d60a9c1ae"
        ),
        (
            "e2f76e97606a872e317439f1a03fcd92e632e5bd4e7cbc4e97f1afc19a16fde9"
                + "2d77cbe546416b51640cddb92af996534dfd81edb17c4424cf1ac4d75aceeb",
            "18041bd4665083001fba8c5411d2d748e8abbfdcdfd9218cb02b68a78e7d4c23"
        ),
        (
            "5a86b737eaea8ee976a0a24da63e7ed7eefad18a101c1211e2b3650c5187c2a8"
                + "a650547208251f6d4237e661c7bf4c77f335390394c37fa1a9f9be836ac28509",
            "42e61e174fbb3897d6dd6cef3dd2802fe67b331953b06114a65c772859dfc1aa"
        ),
    ]

    /// Decodes pairs of hexadecimal digits; the fixtures are well formed.
    private static func bytes(hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count, by: 2).map { offset in
            UInt8(String(decoding: digits[offset..<(offset + 2)], as: UTF8.self), radix: 16)!
        }
    }
}

import CmpltCore
import Foundation
import Testing

@Suite struct ByteSourceTests {
    private static let lineFeed = UInt8(ascii: "\n")

    @Test func peekLooksAheadAndNextConsumes() throws {
        let source = try TemporaryFile.source("ab")
        #expect(try source.peek() == UInt8(ascii: "a"))
        #expect(try source.peek() == UInt8(ascii: "a"))
        #expect(try source.next() == UInt8(ascii: "a"))
        #expect(try source.next() == UInt8(ascii: "b"))
        #expect(try source.peek() == nil)
        #expect(try source.next() == nil)
    }

    @Test func readsEveryByteOfAFileLargerThanOneChunk() throws {
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        let source = try TemporaryFile.source(bytes)
        var read: [UInt8] = []
        while let byte = try source.next() { read.append(byte) }
        #expect(read == bytes)
    }

    @Test func readStopsAtTheDelimiterAcrossChunksWithoutConsumingIt() throws {
        let bytes = Array(repeating: UInt8(ascii: "x"), count: 150_000) + [Self.lineFeed, UInt8(ascii: "y")]
        let source = try TemporaryFile.source(bytes)
        var run: [UInt8] = []
        let stop = try source.read(into: &run, until: { $0 == Self.lineFeed }, limit: .max)
        #expect(stop == Self.lineFeed)
        #expect(run.count == 150_000)
        #expect(try source.next() == Self.lineFeed)
        run.removeAll()
        #expect(try source.read(into: &run, until: { $0 == Self.lineFeed }, limit: .max) == nil)
        #expect(run == [UInt8(ascii: "y")])
    }

    @Test func readStopsSoonAfterTheLimit() throws {
        let source = try TemporaryFile.source(Array(repeating: UInt8(ascii: "x"), count: 1_000_000))
        var run: [UInt8] = []
        let stop = try source.read(into: &run, until: { $0 == Self.lineFeed }, limit: 100_000)
        #expect(stop == UInt8(ascii: "x"))
        #expect(run.count > 100_000)
        #expect(run.count <= 100_000 + 64 * 1024)
    }

    @Test func skipsAByteOrderMarkOnlyWhenComplete() throws {
        let marked = try TemporaryFile.source([0xEF, 0xBB, 0xBF, UInt8(ascii: "a")])
        try marked.skipByteOrderMark()
        #expect(try marked.next() == UInt8(ascii: "a"))

        let partial = try TemporaryFile.source([0xEF, 0xBB, UInt8(ascii: "a")])
        try partial.skipByteOrderMark()
        #expect(try partial.next() == 0xEF)

        let short = try TemporaryFile.source([0xEF])
        try short.skipByteOrderMark()
        #expect(try short.next() == 0xEF)
        #expect(try short.next() == nil)

        let empty = try TemporaryFile.source([])
        try empty.skipByteOrderMark()
        #expect(try empty.next() == nil)
    }

    @Test func readsAPipeAndLeavesItsDescriptorOpen() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let text = Array("\u{FEFF}شکایت\n".utf8)
        #expect(write(ends[1], text, text.count) == text.count)
        close(ends[1])
        do {
            let source = ByteSource(fd: ends[0])
            try source.skipByteOrderMark()
            var read: [UInt8] = []
            while let byte = try source.next() { read.append(byte) }
            #expect(read == Array("شکایت\n".utf8))
        }
        #expect(fcntl(ends[0], F_GETFD) != -1)
    }

    @Test func waitsForAByteOrderMarkThatArrivesInPieces() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let writer = ends[1]
        #expect(write(writer, [0xEF], 1) == 1)
        Thread.detachNewThread {
            usleep(50_000)
            let rest: [UInt8] = [0xBB, 0xBF, UInt8(ascii: "a")]
            _ = write(writer, rest, rest.count)
            close(writer)
        }
        let source = ByteSource(fd: ends[0])
        try source.skipByteOrderMark()
        #expect(try source.next() == UInt8(ascii: "a"))
        #expect(try source.next() == nil)
    }

    @Test func closesTheFilesItOpens() throws {
        let path = try TemporaryFile.write(Array("x".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var limit = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        // More opens than the process may hold at once: a leaked descriptor would make one fail.
        for _ in 0..<min(Int(limit.rlim_cur) + 16, 100_000) {
            let source = try ByteSource.open(path: path)
            #expect(try source.peek() == UInt8(ascii: "x"))
        }
    }

    @Test func namesTheFileThatCannotBeOpened() {
        #expect(throws: ReaderError.unreadable("cannot open '/no/such/file.csv': No such file or directory")) {
            try ByteSource.open(path: "/no/such/file.csv")
        }
    }

    @Test func namesTheInputThatCannotBeRead() throws {
        let directory = try ByteSource.open(path: "/tmp")
        #expect(throws: ReaderError.unreadable("cannot read '/tmp': Is a directory")) { try directory.peek() }

        let descriptor = open("/tmp", O_RDONLY)
        defer { close(descriptor) }
        let named = ByteSource(fd: descriptor, name: "the upload")
        #expect(throws: ReaderError.unreadable("cannot read the upload: Is a directory")) { try named.next() }
    }
}

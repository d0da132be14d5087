import Glibc
import Testing

@testable import CmpltCLI

@Suite struct OutputBufferTests {
    /// Creates an empty temporary file, returning its descriptor; the file is already unlinked.
    private func temporaryFile() throws -> Int32 {
        var template = Array("/tmp/cmplt-output-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        try #require(fd >= 0)
        unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        return fd
    }

    /// Returns everything written to `fd` so far, read from its start.
    private func contents(of fd: Int32) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        var offset: off_t = 0
        while true {
            let count = pread(fd, &chunk, chunk.count, offset)
            guard count > 0 else { return result }
            result += chunk[..<count]
            offset += off_t(count)
        }
    }

    @Test func textIsWrittenOnlyWhenFlushed() throws {
        let fd = try temporaryFile()
        defer { close(fd) }
        let output = OutputBuffer(fd: fd)
        output.append("7\n")
        output.append("شکایت 😀\n")
        #expect(contents(of: fd).isEmpty)
        try output.flush()
        #expect(contents(of: fd) == Array("7\nشکایت 😀\n".utf8))
    }

    @Test func textBeyondTheThresholdIsWrittenWithoutFlushing() throws {
        let fd = try temporaryFile()
        defer { close(fd) }
        let output = OutputBuffer(fd: fd)
        let line = String(repeating: "x", count: 1023) + "\n"
        for _ in 0..<64 {
            output.append(line)
        }
        #expect(contents(of: fd).isEmpty)
        output.append("y")
        #expect(contents(of: fd).count == OutputBuffer.flushThreshold + 1)
        try output.flush()
        #expect(contents(of: fd).count == OutputBuffer.flushThreshold + 1)
    }

    @Test func flushingAnEmptyBufferWritesNothing() throws {
        let fd = try temporaryFile()
        defer { close(fd) }
        try OutputBuffer(fd: fd).flush()
        #expect(contents(of: fd).isEmpty)
    }

    @Test func aClosedPipeIsReportedAsBrokenPipe() throws {
        signal(SIGPIPE, SIG_IGN)
        var fds: [Int32] = [-1, -1]
        try #require(pipe(&fds) == 0)
        close(fds[0])
        defer { close(fds[1]) }
        let output = OutputBuffer(fd: fds[1])
        output.append("lost\n")
        #expect(throws: OutputBuffer.WriteError.brokenPipe) { try output.flush() }
    }

    @Test func otherFailuresCarryErrnoAndASentence() throws {
        let output = OutputBuffer(fd: -1)
        output.append("x")
        let error = #expect(throws: OutputBuffer.WriteError.self) { try output.flush() }
        #expect(error == .failed(errno: EBADF))
        #expect(error?.description == "cannot write output: Bad file descriptor")
    }

    @Test func theFirstFailureIsKeptAndReportedByEveryLaterFlush() throws {
        let output = OutputBuffer(fd: -1)
        output.append(String(repeating: "x", count: OutputBuffer.flushThreshold + 1))
        output.append("dropped")
        #expect(throws: OutputBuffer.WriteError.failed(errno: EBADF)) { try output.flush() }
        #expect(throws: OutputBuffer.WriteError.failed(errno: EBADF)) { try output.flush() }
    }
}

import Glibc

/// A buffered reader of the bytes of a file or of standard input, read in 64 KiB chunks.
///
/// It holds one chunk at a time, so memory stays flat however large the input is. Readers such as
/// ``CSVReader`` take bytes one at a time with ``peek()`` and ``next()``, and runs of bytes with
/// ``read(into:until:limit:)``:
///
/// ```swift
/// let source = try ByteSource.open(path: "complaints.csv")
/// var line: [UInt8] = []
/// let end = try source.read(into: &line, until: { $0 == UInt8(ascii: "\n") }, limit: 1 << 20)
/// ```
///
/// A source opened by path closes its file descriptor when it is released; one made with
/// ``init(fd:name:)`` leaves the descriptor open.
public final class ByteSource {
    private static let chunkSize = 64 * 1024

    private let descriptor: Int32
    private let closesDescriptor: Bool
    private let name: String
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// The unread bytes are `buffer[start..<end]`.
    private var start = 0
    private var end = 0
    private var reachedEnd = false
    /// How many bytes have been read from the descriptor so far.
    public private(set) var bytesRead: Int64 = 0

    /// The input's size when it is a regular file (for progress), else `nil`.
    public var size: Int64? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int64(info.st_size)
    }

    /// Reads from an open file descriptor, such as 0 for standard input, without taking ownership of it.
    ///
    /// `name` stands for the input in error messages.
    ///
    /// ```swift
    /// let source = ByteSource(fd: 0)  // errors say "cannot read standard input: …"
    /// ```
    public convenience init(fd: Int32, name: String = "standard input") {
        self.init(descriptor: fd, name: name, closesDescriptor: false)
    }

    private init(descriptor: Int32, name: String, closesDescriptor: Bool) {
        self.descriptor = descriptor
        self.name = name
        self.closesDescriptor = closesDescriptor
        buffer = .allocate(capacity: Self.chunkSize)
        buffer.initialize(repeating: 0)
    }

    deinit {
        buffer.deallocate()
        if closesDescriptor { close(descriptor) }
    }

    /// Opens the file at `path` for reading.
    ///
    /// ```swift
    /// let source = try ByteSource.open(path: "complaints.jsonl")
    /// ```
    ///
    /// - Throws: ``ReaderError/unreadable(_:)``, e.g. `cannot open 'x.csv': No such file or directory`.
    public static func open(path: String) throws(ReaderError) -> ByteSource {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable("cannot open '\(path)': \(lastErrorMessage())") }
        return ByteSource(descriptor: descriptor, name: "'\(path)'", closesDescriptor: true)
    }

    /// The next byte without consuming it, or `nil` at the end of the input.
    ///
    /// ```swift
    /// if try source.peek() == UInt8(ascii: "\"") { … }
    /// ```
    public func peek() throws(ReaderError) -> UInt8? {
        if start == end {
            guard try fill() else { return nil }
        }
        return buffer[start]
    }

    /// Consumes and returns the next byte, or returns `nil` at the end of the input.
    ///
    /// ```swift
    /// while let byte = try source.next() { count += 1 }
    /// ```
    public func next() throws(ReaderError) -> UInt8? {
        guard let byte = try peek() else { return nil }
        start += 1
        return byte
    }

    /// Appends bytes to `bytes` up to the first one for which `isDelimiter` is true, and returns that
    /// delimiter without consuming it, or `nil` at the end of the input.
    ///
    /// This is the fast path: it scans the buffer in place. So that a runaway field cannot fill the
    /// memory, it also stops, returning the next byte, once `bytes` holds more than `limit` bytes;
    /// callers check `bytes.count` to tell that case apart.
    ///
    /// ```swift
    /// var field: [UInt8] = []
    /// let stop = try source.read(into: &field, until: { $0 == UInt8(ascii: ",") }, limit: 1 << 24)
    /// ```
    public func read(
        into bytes: inout [UInt8], until isDelimiter: (UInt8) -> Bool, limit: Int
    ) throws(ReaderError) -> UInt8? {
        while true {
            if start == end {
                guard try fill() else { return nil }
            }
            var index = start
            while index < end, !isDelimiter(buffer[index]) { index += 1 }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<index]))
            start = index
            if index < end { return buffer[index] }
            if bytes.count > limit { return try peek() }
        }
    }

    /// Consumes a UTF-8 byte order mark (EF BB BF) if the unread input starts with one.
    ///
    /// ```swift
    /// try source.skipByteOrderMark()  // a file saved by Excel as "CSV UTF-8" starts with one
    /// ```
    public func skipByteOrderMark() throws(ReaderError) {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        while end - start < mark.count {
            guard try fill() else { break }
        }
        if end - start >= mark.count, buffer[start..<start + mark.count].elementsEqual(mark) {
            start += mark.count
        }
    }

    /// Moves the unread bytes to the front of the buffer and reads more after them, retrying when a
    /// signal interrupts the read; returns `false` at the end of the input.
    private func fill() throws(ReaderError) -> Bool {
        guard !reachedEnd else { return false }
        if start > 0 {
            let unread = end - start
            buffer.baseAddress!.update(from: buffer.baseAddress! + start, count: unread)
            start = 0
            end = unread
        }
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress! + end, buffer.count - end)
            if count > 0 {
                end += count
                bytesRead += Int64(count)
                return true
            }
            if count == 0 {
                reachedEnd = true
                return false
            }
            guard errno == EINTR else { throw .unreadable("cannot read \(name): \(Self.lastErrorMessage())") }
        }
    }

    private static func lastErrorMessage() -> String {
        String(cString: strerror(errno))
    }
}

import CmpltCore
import Foundation

/// Test input written to a temporary file, which is unlinked once opened.
enum TemporaryFile {
    /// A new file holding `bytes`; the caller removes it.
    static func write(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cmplt-readers-\(UUID()).tmp").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A source reading `bytes` from a file that no longer has a name.
    static func source(_ bytes: [UInt8]) throws -> ByteSource {
        let path = try write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try ByteSource.open(path: path)
    }

    /// A source reading the UTF-8 bytes of `text`.
    static func source(_ text: String) throws -> ByteSource {
        try source(Array(text.utf8))
    }
}

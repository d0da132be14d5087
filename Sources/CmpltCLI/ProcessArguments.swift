import Glibc

/// The process's arguments and environment, read from the C runtime.
enum ProcessArguments {
    /// The arguments after the program name.
    ///
    /// - Throws: ``UsageError`` naming the first argument that is not valid UTF-8.
    static func read() throws(UsageError) -> [String] {
        var result: [String] = []
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            guard let argument = String(validatingCString: pointer) else {
                throw UsageError("argument \(index) is not valid UTF-8 text")
            }
            result.append(argument)
        }
        return result
    }

    /// The environment as a dictionary.
    static func environment() -> [String: String] {
        var result: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        return result
    }
}

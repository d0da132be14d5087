/// A command line that cannot run as written (exit 2): the message names what was wrong and
/// what was expected.
struct UsageError: Error, Equatable, CustomStringConvertible {
    let message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}

/// Why a register operation failed, in words a user can act on.
///
/// Each case corresponds to one of the contract's exit codes; the message names what was wrong
/// and what was expected.
public enum CmpltError: Error, Equatable, CustomStringConvertible, Sendable {
    /// A value given by the user is malformed or out of range (exit 2).
    case invalidInput(String)
    /// No such complaint, or no register file to read (exit 3).
    case notFound(String)
    /// The workflow does not allow it, a guard is not met, or a unique value is taken (exit 4).
    case refused(String)
    /// Input data (an import file) has errors (exit 5).
    case badData(String)
    /// Storage or I/O failed (exit 1).
    case failure(String)
    /// Stopped by Ctrl-C before it finished; nothing was written (exit 130).
    case interrupted(String)

    /// The one-line message.
    public var message: String {
        switch self {
        case .invalidInput(let text), .notFound(let text), .refused(let text), .badData(let text), .failure(let text),
            .interrupted(let text):
            text
        }
    }

    public var description: String { message }
}

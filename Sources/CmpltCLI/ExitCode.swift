import CmpltCore

/// The contract's exit codes.
enum ExitCode: Int32 {
    case success = 0
    case failure = 1
    case usage = 2
    case notFound = 3
    case refused = 4
    case badData = 5
    /// Stopped by Ctrl-C (128 + SIGINT, as shells report it).
    case interrupted = 130

    /// The exit code and one-line message for an error a command threw.
    static func describe(_ error: any Error) -> (code: ExitCode, message: String) {
        switch error {
        case let error as UsageError:
            return (.usage, error.message)
        case let error as CmpltError:
            switch error {
            case .invalidInput(let message): return (.usage, message)
            case .notFound(let message): return (.notFound, message)
            case .refused(let message): return (.refused, message)
            case .badData(let message): return (.badData, message)
            case .failure(let message): return (.failure, message)
            case .interrupted(let message): return (.interrupted, message)
            }
        case let error as OutputBuffer.WriteError:
            return (.failure, error.description)
        default:
            return (.failure, "\(error)")
        }
    }
}

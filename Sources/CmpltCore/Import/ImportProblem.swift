/// What is wrong with one row of an import file.
public struct ImportProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    /// The column at fault, when one is.
    public var column: String?
    public var message: String

    public var description: String {
        "line \(line)" + (column.map { ", column \($0)" } ?? "") + ": " + message
    }
}

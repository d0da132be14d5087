/// A cmplt command: its declaration, and how it runs once parsed.
protocol Command: Sendable {
    /// The declaration that parsing, help and completions are generated from.
    static var spec: CommandSpec { get }

    /// Runs the command; throws ``UsageError`` or `CmpltError` on failure.
    static func run(_ invocation: Invocation, in context: Context) throws
}

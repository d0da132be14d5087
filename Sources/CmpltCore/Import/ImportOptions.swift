/// How `import` treats its input.
public struct ImportOptions: Equatable, Sendable {
    /// Check every row and write nothing.
    public var dryRun = false
    /// Ignore columns that are not complaint keys instead of refusing the file.
    public var ignoreUnknown = false
    /// Skip rows whose `ref` the register already holds instead of refusing the file.
    public var skipExisting = false

    public init(dryRun: Bool = false, ignoreUnknown: Bool = false, skipExisting: Bool = false) {
        self.dryRun = dryRun
        self.ignoreUnknown = ignoreUnknown
        self.skipExisting = skipExisting
    }
}

/// What an import did (or, with `dryRun`, would do).
public struct ImportSummary: Equatable, Sendable {
    /// Rows read.
    public var rows = 0
    /// Complaints recorded (or that would be).
    public var imported = 0
    /// Rows skipped because their `ref` exists.
    public var skipped = 0
    /// The bad rows, at most ``Register/maximumReportedProblems`` of them.
    public var problems: [ImportProblem] = []
    /// How many rows were bad in all.
    public var badRows = 0
}

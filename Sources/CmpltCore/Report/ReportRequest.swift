/// What `report` summarises: the period length, the range, and an optional split.
public struct ReportRequest: Equatable, Sendable {
    public var kind: PeriodKind
    public var since: DateInput?
    public var until: DateInput?
    public var dimension: ReportDimension?
    /// The instant the report is made at: the end of an open range.
    public var now: Timestamp
    /// The zone periods are bounded in (local midnight).
    public var zone: Zone

    public init(
        kind: PeriodKind = .month, since: DateInput? = nil, until: DateInput? = nil, dimension: ReportDimension? = nil,
        now: Timestamp, zone: Zone = .local
    ) {
        self.kind = kind
        self.since = since
        self.until = until
        self.dimension = dimension
        self.now = now
        self.zone = zone
    }
}

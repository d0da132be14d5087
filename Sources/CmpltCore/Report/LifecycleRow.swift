/// The lifecycle times of one complaint, as the report reads them from its row.
struct LifecycleRow {
    var id: Int64
    var receivedAt: Timestamp
    var acknowledgedAt: Timestamp?
    var firstRespondedAt: Timestamp?
    var lastRespondedAt: Timestamp?
    /// The latest closing; `nil` while open.
    var closedAt: Timestamp?
    var dueResponseAt: Timestamp?
    var upheld: Upheld?
    var reopened: Int
    var category: String
    var product: String?
    /// The value of the report's dimension.
    var key: String?
}

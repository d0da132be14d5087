/// One entry of a complaint's append-only history: a move, a note or a field change.
public struct Event: Equatable, Sendable {
    public var id: Int64
    public var complaintID: Int64
    public var at: Timestamp
    /// Who did it (`--by`, else the user's name).
    public var actor: String
    public var kind: EventKind
    /// The state left; `nil` for events that move no state and for the first one.
    public var from: State?
    /// The state entered; `nil` for events that move no state.
    public var to: State?
    public var note: String?
    /// For an edit: the field's name, as in the complaint object.
    public var field: ComplaintField?
    /// For an edit: the value before, `nil` when there was none.
    public var old: String?
    /// For an edit: the value after, `nil` when it was cleared.
    public var new: String?
    /// For an edit of a field that may hold personal data: salted SHA-256 digests of the
    /// values, which the hash chain covers instead of the values, so erasing them later
    /// leaves the chain intact.
    public var oldDigest: String?
    public var newDigest: String?
    /// SHA-256 over the previous event's hash and this event's content: the tamper-evident chain.
    public var hash: String = ""

    public init(
        id: Int64, complaintID: Int64, at: Timestamp, actor: String, kind: EventKind,
        from: State? = nil, to: State? = nil, note: String? = nil,
        field: ComplaintField? = nil, old: String? = nil, new: String? = nil
    ) {
        self.id = id
        self.complaintID = complaintID
        self.at = at
        self.actor = actor
        self.kind = kind
        self.from = from
        self.to = to
        self.note = note
        self.field = field
        self.old = old
        self.new = new
    }
}

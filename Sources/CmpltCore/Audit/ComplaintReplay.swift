/// One complaint's history replayed in append order, to check that its row says what its
/// events say: state, lifecycle times, reopenings and the latest value of every edited field.
struct ComplaintReplay {
    private var created: Event?
    private var state: State?
    private var acknowledgedAt: Timestamp?
    private var firstRespondedAt: Timestamp?
    private var lastRespondedAt: Timestamp?
    private var closedAt: Timestamp?
    private var reopened = 0
    /// The latest edit of each field: its new value, and whether that value was erased.
    private var latest: [ComplaintField: (value: String?, erased: Bool)] = [:]
    private var erasedFields: Set<ComplaintField> = []
    private var events = 0

    /// Adds the next event of the complaint.
    mutating func apply(_ event: Event) {
        events += 1
        switch event.kind {
        case .create:
            if created == nil { created = event }
            state = event.to
        case .move:
            guard let to = event.to else { return }
            if to == .acknowledged, acknowledgedAt == nil { acknowledgedAt = event.at }
            if to == .responded {
                if firstRespondedAt == nil { firstRespondedAt = event.at }
                lastRespondedAt = event.at
            }
            if event.from == .closed { reopened += 1 }
            closedAt = to == .closed ? event.at : nil
            state = to
        case .edit:
            if let field = event.field {
                latest[field] = (event.new, event.new == nil && event.newDigest != nil)
            }
        case .erase:
            for name in (event.new ?? "").split(separator: ",") {
                if let field = ComplaintField(rawValue: String(name)) { erasedFields.insert(field) }
            }
        case .note:
            break
        }
    }

    /// The ways `complaint` differs from its replayed history.
    func violations(of complaint: Complaint) -> [String] {
        guard events > 0 else { return ["has no events"] }
        var found: [String] = []
        func expect(_ name: String, _ stored: Timestamp?, _ replayed: Timestamp?) {
            if stored != replayed {
                found.append(
                    "\(name) is \(stored?.rfc3339 ?? "null") but its events say \(replayed?.rfc3339 ?? "null")")
            }
        }
        if let created {
            expect("received_at", complaint.receivedAt, created.at)
        } else {
            found.append("has no create event")
        }
        if complaint.state != state {
            found.append("state is \(complaint.state.rawValue) but its events say \(state?.rawValue ?? "nothing")")
        }
        expect("acknowledged_at", complaint.acknowledgedAt, acknowledgedAt)
        expect("responded_at", complaint.respondedAt, firstRespondedAt)
        expect("last response", complaint.lastRespondedAt, lastRespondedAt)
        expect("closed_at", complaint.closedAt, closedAt)
        if complaint.reopened != reopened {
            found.append("reopened is \(complaint.reopened) but its events say \(reopened)")
        }
        for (field, edit) in latest.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            if edit.erased || erasedFields.contains(field) {
                if field.isPersonal, complaint.text(of: field, now: complaint.receivedAt) != nil {
                    found.append("\(field.rawValue) was erased but holds a value")
                }
            } else if complaint.text(of: field, now: complaint.receivedAt) != edit.value {
                found.append("\(field.rawValue) differs from its latest edit")
            }
        }
        for field in erasedFields where field.isPersonal && complaint.text(of: field, now: complaint.receivedAt) != nil
        {
            found.append("\(field.rawValue) was erased but holds a value")
        }
        if let due = complaint.dueAcknowledgeAt, due < complaint.receivedAt {
            found.append("due_acknowledge_at lies before received_at")
        }
        if (complaint.severity == nil) != (complaint.dueResponseAt == nil) {
            found.append(
                complaint.severity == nil
                    ? "has a response due date but no severity" : "has a severity but no response due date")
        }
        return found
    }
}

/// A day of the week, Monday first as in ISO 8601.
public enum Weekday: String, CaseIterable, Hashable, Sendable {
    case mon, tue, wed, thu, fri, sat, sun

    /// Reads a three-letter English name such as `mon` or `Fri`, ignoring case.
    public init?(name: String) {
        guard name.utf8.count == 3 else { return nil }
        self.init(rawValue: name.lowercased())
    }

    /// Creates the weekday with ISO number `isoNumber`, 1 for Monday through 7 for Sunday.
    init(isoNumber: Int) {
        switch isoNumber {
        case 1: self = .mon
        case 2: self = .tue
        case 3: self = .wed
        case 4: self = .thu
        case 5: self = .fri
        case 6: self = .sat
        default: self = .sun
        }
    }

    /// The ISO 8601 number of the weekday: 1 for Monday through 7 for Sunday.
    var isoNumber: Int {
        switch self {
        case .mon: 1
        case .tue: 2
        case .wed: 3
        case .thu: 4
        case .fri: 5
        case .sat: 6
        case .sun: 7
        }
    }
}

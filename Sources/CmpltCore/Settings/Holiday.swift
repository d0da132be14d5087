/// A day that is not a business day, whatever its weekday: business-day targets skip it.
public struct Holiday: Equatable, Sendable {
    public var day: CivilDate
    public var name: String?

    public init(day: CivilDate, name: String? = nil) {
        self.day = day
        self.name = name
    }
}

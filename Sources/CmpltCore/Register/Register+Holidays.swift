extension Register {
    /// Every holiday, by day.
    public func holidays() throws(CmpltError) -> [Holiday] {
        try read { try storedHolidays() }
    }

    /// Every holiday, inside a running transaction.
    func storedHolidays() throws -> [Holiday] {
        let statement = try database.prepare("SELECT day, name FROM holiday ORDER BY day")
        try statement.bind([])
        var holidays: [Holiday] = []
        while try statement.step() {
            guard let text = statement.text(0), let day = CivilDate(parsing: text) else { continue }
            holidays.append(Holiday(day: day, name: statement.text(1)))
        }
        return holidays
    }

    /// Adds holidays (a day given again takes the new name). Due dates already set do not move.
    ///
    /// - Returns: how many days were new.
    @discardableResult
    public func addHolidays(_ holidays: [Holiday]) throws(CmpltError) -> Int {
        try write {
            var added = 0
            for holiday in holidays {
                let exists =
                    try database.integer("SELECT 1 FROM holiday WHERE day = ?", [.text(holiday.day.description)]) != nil
                try database.prepare(
                    "INSERT INTO holiday (day, name) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET name = excluded.name"
                ).run([.text(holiday.day.description), .text(holiday.name)])
                if !exists { added += 1 }
            }
            return added
        }
    }

    /// Removes the holiday on `day`.
    ///
    /// - Throws: ``CmpltError/notFound(_:)`` when `day` is not a holiday.
    public func removeHoliday(_ day: CivilDate) throws(CmpltError) {
        try write {
            guard try database.integer("SELECT 1 FROM holiday WHERE day = ?", [.text(day.description)]) != nil else {
                throw CmpltError.notFound("\(day) is not a holiday")
            }
            try database.prepare("DELETE FROM holiday WHERE day = ?").run([.text(day.description)])
        }
    }
}

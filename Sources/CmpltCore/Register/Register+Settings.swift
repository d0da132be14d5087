extension Register {
    /// The settings in force.
    public func settings() throws(CmpltError) -> Settings {
        try read { try storedSettings() }
    }

    /// The settings in force, inside a running transaction.
    func storedSettings() throws -> Settings {
        let statement = try database.prepare("SELECT key, value FROM setting")
        var values: [Setting: String] = [:]
        var weights: [String: Double] = [:]
        while try statement.step() {
            guard let key = statement.text(0), let value = statement.text(1) else { continue }
            if let setting = Setting(rawValue: key) {
                values[setting] = value
            } else if key.hasPrefix(Settings.weightPrefix), let weight = Double(value) {
                weights[String(key.dropFirst(Settings.weightPrefix.count))] = weight
            }
        }
        return Settings(values: values, weights: weights, holidays: try storedHolidays())
    }

    /// Stores `value` for `setting`, after checking it; returns the canonical form stored.
    ///
    /// Existing due dates do not move: they were computed with the settings of their time.
    @discardableResult
    public func set(_ setting: Setting, to value: String) throws(CmpltError) -> String {
        let canonical = try setting.normalize(value)
        try store(key: setting.rawValue, value: canonical)
        return canonical
    }

    /// Removes the stored value of `setting`, so its default is in force again.
    public func unset(_ setting: Setting) throws(CmpltError) {
        try remove(key: setting.rawValue)
    }

    /// Stores the importance of attribute `name` for the satisfaction index.
    public func setWeight(_ name: String, to weight: Double) throws(CmpltError) {
        _ = try RatingAttribute(parsing: "\(name)=1")
        try store(key: Settings.weightPrefix + name, value: String(weight))
    }

    /// Removes the weight of attribute `name`, so it weighs 1 again.
    public func unsetWeight(_ name: String) throws(CmpltError) {
        try remove(key: Settings.weightPrefix + name)
    }

    private func store(key: String, value: String) throws(CmpltError) {
        try write {
            try database.prepare(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            ).run([.text(key), .text(value)])
        }
    }

    private func remove(key: String) throws(CmpltError) {
        try write { try database.prepare("DELETE FROM setting WHERE key = ?").run([.text(key)]) }
    }
}

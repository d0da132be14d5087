extension Register {
    /// The settings in force.
    public func settings() throws(CmpltError) -> Settings {
        try read { try storedSettings() }
    }

    /// The settings in force, inside a running transaction.
    func storedSettings() throws -> Settings {
        let statement = try database.prepare("SELECT key, value FROM setting")
        var values: [Setting: String] = [:]
        while try statement.step() {
            if let key = statement.text(0).flatMap(Setting.init(rawValue:)), let value = statement.text(1) {
                values[key] = value
            }
        }
        return Settings(values: values)
    }

    /// Stores `value` for `setting`, after checking it; returns the canonical form stored.
    ///
    /// Existing due dates do not move: they were computed with the settings of their time.
    @discardableResult
    public func set(_ setting: Setting, to value: String) throws(CmpltError) -> String {
        let canonical = try setting.normalize(value)
        try write {
            try database.prepare(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            )
            .run([.text(setting.rawValue), .text(canonical)])
        }
        return canonical
    }

    /// Removes the stored value of `setting`, so its default is in force again.
    public func unset(_ setting: Setting) throws(CmpltError) {
        try write {
            try database.prepare("DELETE FROM setting WHERE key = ?").run([.text(setting.rawValue)])
        }
    }
}

/// Where the register file lives: `--db`, else `CMPLT_DB`, else the XDG data folder.
public enum RegisterLocation {
    /// The register path for an explicit `--db` value and the process environment.
    ///
    ///     RegisterLocation.resolve(explicitPath: nil, environment: ["HOME": "/home/ana"])
    ///     // "/home/ana/.local/share/cmplt/cmplt.db"
    public static func resolve(explicitPath: String?, environment: [String: String]) -> String {
        if let explicitPath, !explicitPath.isEmpty { return explicitPath }
        if let path = environment["CMPLT_DB"], !path.isEmpty { return path }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/cmplt/cmplt.db"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? FileSystem.homeDirectory() ?? "."
        return home + "/.local/share/cmplt/cmplt.db"
    }
}

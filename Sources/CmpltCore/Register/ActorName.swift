/// Who an event is recorded as: `--by`, else `$USER`, else the login name, else `unknown`.
public enum ActorName {
    /// The actor for an explicit `--by` value and the process environment.
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let user = environment["USER"], !user.isEmpty { return user }
        return FileSystem.loginName() ?? "unknown"
    }
}

import CmpltCore

/// `cmplt config`: reads and changes the settings stored in the register.
enum ConfigCommand: Command {
    static let key = ArgumentSpec("key", help: "A setting, e.g. target.response.high (see 'cmplt config list').")

    static let spec = CommandSpec(
        "config", abstract: "Read and change settings: target times and the calendar.",
        discussion:
            "Target times are durations: Nd calendar days, Nbd business days, Nh hours. A change applies to complaints logged (or re-assessed) from then on; existing due dates do not move.",
        subcommands: [
            CommandSpec("get", abstract: "Print one setting's value.", arguments: [key]),
            CommandSpec(
                "set", abstract: "Change a setting.",
                arguments: [key, ArgumentSpec("value", help: "The new value, e.g. 5d, 3bd, 36h.")],
                examples: ["cmplt config set target.response.high 3bd", "cmplt config set calendar.weekend fri"]),
            CommandSpec("unset", abstract: "Return a setting to its default.", arguments: [key]),
            CommandSpec("list", abstract: "List every setting with its value and default."),
        ])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let setting = try invocation.positional(0).map { name throws(UsageError) in try parseKey(name) }
        switch invocation.command!.name {
        case "get":
            context.print(try currentSettings(context)[setting!] + "\n")
        case "set":
            let canonical = try setting!.normalize(invocation.positional(1)!)
            try context.openRegister(creating: true).set(setting!, to: canonical)
            if context.options.format == .table, !context.options.quiet {
                context.print("\(setting!.rawValue) = \(canonical)\n")
            }
        case "unset":
            try context.openRegister().unset(setting!)
        default:
            list(try currentSettings(context), context: context)
        }
    }

    /// The settings of the register, or the defaults when there is no register yet.
    private static func currentSettings(_ context: Context) throws -> Settings {
        do {
            return try context.openRegister().settings()
        } catch CmpltError.notFound {
            return Settings()
        }
    }

    private static func parseKey(_ name: String) throws(UsageError) -> Setting {
        guard let setting = Setting(rawValue: name) else {
            let hint = EditDistance.suggestion(for: name, among: Setting.names).map { "did you mean '\($0)'? " } ?? ""
            throw UsageError(
                "unknown setting '\(name)'; \(hint)expected one of: \(Setting.names.joined(separator: ", "))")
        }
        return setting
    }

    private static func list(_ settings: Settings, context: Context) {
        let header: [String?] = ["key", "value", "default", "description"]
        func row(_ setting: Setting) -> [String?] {
            [setting.rawValue, settings[setting], setting.defaultValue, setting.summary]
        }
        switch context.options.format {
        case .table:
            let table = TextTable(
                columns: [.init("KEY"), .init("VALUE"), .init("DEFAULT"), .init("DESCRIPTION", truncatable: true)],
                headerStyle: .bold)
            let rows = Setting.allCases.map { row($0).map { TextTable.Cell($0 ?? "") } }
            context.print(
                table.render(rows: rows, maxWidth: context.terminal.width, colorEnabled: context.terminal.colorEnabled))
        case .json:
            let object = JSONValue.object(Setting.allCases.map { ($0.rawValue, .string(settings[$0])) })
            context.print(object.serialized(pretty: true) + "\n")
        default:
            var writer = RecordWriter(format: context.options.format, header: header, output: context.output)
            for setting in Setting.allCases {
                writer.write(json: .object(zip(header, row(setting)).map { ($0!, .optional($1)) }), row: row(setting))
            }
            writer.finish()
        }
    }
}

import CmpltCore

/// `cmplt config`: reads and changes the settings stored in the register.
enum ConfigCommand: Command {
    static let key = ArgumentSpec("key", help: "A setting, e.g. target.response.high (see 'cmplt config list').")

    static let spec = CommandSpec(
        "config", abstract: "Read and change settings: target times, the calendar, attribute weights.",
        discussion:
            "Target times are durations: Nd calendar days, Nbd business days, Nh hours. A change applies to complaints logged (or re-assessed) from then on; existing due dates do not move. weight.NAME sets the importance of a rated attribute (cmplt rate --attr NAME=…) in the satisfaction index; unset weights are 1.",
        subcommands: [
            CommandSpec("get", abstract: "Print one setting's value.", arguments: [key]),
            CommandSpec(
                "set", abstract: "Change a setting.",
                arguments: [key, ArgumentSpec("value", help: "The new value, e.g. 5d, 3bd, 36h.")],
                examples: [
                    "cmplt config set target.response.high 3bd", "cmplt config set calendar.weekend fri",
                    "cmplt config set weight.speed 2",
                ]),
            CommandSpec("unset", abstract: "Return a setting to its default.", arguments: [key]),
            CommandSpec("list", abstract: "List every setting with its value and default."),
        ])

    /// A key `config` accepts: a fixed setting, or the weight of a rated attribute.
    private enum Key {
        case setting(Setting)
        case weight(String)
    }

    static func run(_ invocation: Invocation, in context: Context) throws {
        let key = try invocation.positional(0).map { name throws(UsageError) in try parseKey(name) }
        switch (invocation.command!.name, key) {
        case ("get", .setting(let setting)?):
            context.print(try currentSettings(context)[setting] + "\n")
        case ("get", .weight(let name)?):
            context.print(format(try currentSettings(context).weights[name] ?? 1) + "\n")
        case ("set", .setting(let setting)?):
            let canonical = try setting.normalize(invocation.positional(1)!)
            try context.openRegister(creating: true).set(setting, to: canonical)
            confirm("\(setting.rawValue) = \(canonical)", context)
        case ("set", .weight(let name)?):
            let weight = try Settings.parseWeight(invocation.positional(1)!, key: invocation.positional(0)!)
            try context.openRegister(creating: true).setWeight(name, to: weight)
            confirm("\(invocation.positional(0)!) = \(format(weight))", context)
        case ("unset", .setting(let setting)?):
            try context.openRegister().unset(setting)
        case ("unset", .weight(let name)?):
            try context.openRegister().unsetWeight(name)
        default:
            list(try currentSettings(context), context: context)
        }
    }

    private static func confirm(_ text: String, _ context: Context) {
        if context.options.format == .table, !context.options.quiet { context.print(text + "\n") }
    }

    /// A weight as people write it: `2`, `0.5`.
    private static func format(_ weight: Double) -> String {
        weight == weight.rounded() ? String(Int(weight)) : String(weight)
    }

    /// The settings of the register, or the defaults when there is no register yet.
    private static func currentSettings(_ context: Context) throws -> Settings {
        do {
            return try context.openRegister().settings()
        } catch CmpltError.notFound {
            return Settings()
        }
    }

    private static func parseKey(_ name: String) throws(UsageError) -> Key {
        if let setting = Setting(rawValue: name) { return .setting(setting) }
        if name.hasPrefix(Settings.weightPrefix) {
            let attribute = String(name.dropFirst(Settings.weightPrefix.count))
            guard (try? RatingAttribute(parsing: attribute + "=1")) != nil else {
                throw UsageError("'\(name)' is not a weight key; expected weight.NAME with letters, digits, '-' or '_'")
            }
            return .weight(attribute)
        }
        let hint = EditDistance.suggestion(for: name, among: Setting.names).map { "did you mean '\($0)'? " } ?? ""
        throw UsageError(
            "unknown setting '\(name)'; \(hint)expected one of: \(Setting.names.joined(separator: ", ")), weight.NAME")
    }

    private static func list(_ settings: Settings, context: Context) {
        let header: [String?] = ["key", "value", "default", "description"]
        let rows: [[String?]] =
            Setting.allCases.map { [$0.rawValue, settings[$0], $0.defaultValue, $0.summary] }
            + settings.weights.keys.sorted().map { name in
                [
                    Settings.weightPrefix + name, format(settings.weights[name]!), "1",
                    "importance of '\(name)' in the satisfaction index",
                ]
            }
        switch context.options.format {
        case .table:
            let table = TextTable(
                columns: [.init("KEY"), .init("VALUE"), .init("DEFAULT"), .init("DESCRIPTION", truncatable: true)],
                headerStyle: .bold)
            context.print(
                table.render(
                    rows: rows.map { $0.map { TextTable.Cell($0 ?? "") } }, maxWidth: context.terminal.width,
                    colorEnabled: context.terminal.colorEnabled))
        case .json:
            context.print(JSONValue.object(rows.map { ($0[0]!, .optional($0[1])) }).serialized(pretty: true) + "\n")
        default:
            var writer = RecordWriter(format: context.options.format, header: header, output: context.output)
            for row in rows {
                writer.write(json: .object(zip(header, row).map { ($0!, .optional($1)) }), row: row)
            }
            writer.finish()
        }
    }
}

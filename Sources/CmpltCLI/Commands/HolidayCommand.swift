import CmpltCore
import Glibc

/// `cmplt holiday`: the days business-day targets skip.
enum HolidayCommand: Command {
    static let day = ArgumentSpec("date", help: "The day, e.g. 2026-03-21 (or today, yesterday).")

    static let spec = CommandSpec(
        "holiday", abstract: "Manage holidays: days that business-day targets (e.g. 5bd) skip.",
        discussion:
            "A holiday counts from the moment it is added: complaints logged (or re-assessed) later skip it; due dates already set do not move.",
        subcommands: [
            CommandSpec(
                "add", abstract: "Add a holiday (again: rename it).",
                arguments: [day, ArgumentSpec("name", help: "What it is, e.g. Nowruz.", optional: true)],
                examples: ["cmplt holiday add 2026-12-25 Christmas"]),
            CommandSpec("rm", abstract: "Remove a holiday.", arguments: [day]),
            CommandSpec("list", abstract: "List the holidays."),
            CommandSpec(
                "import", abstract: "Add the holidays of an iCalendar (.ics, all-day events) or CSV (date,name) file.",
                arguments: [ArgumentSpec("file", help: "The file; '-' reads CSV from standard input.")],
                examples: ["cmplt holiday import iran-1405.ics", "cmplt holiday import bank-holidays.csv"]),
        ])

    static func run(_ invocation: Invocation, in context: Context) throws {
        switch invocation.command!.name {
        case "add":
            let holiday = Holiday(day: try date(invocation.positional(0)!, context), name: invocation.positional(1))
            try context.openRegister(creating: true).addHolidays([holiday])
            confirm("holiday \(holiday.day)\(holiday.name.map { " (\($0))" } ?? "")", context)
        case "rm":
            let day = try date(invocation.positional(0)!, context)
            try context.openRegister().removeHoliday(day)
            confirm("removed holiday \(day)", context)
        case "import":
            let holidays = try HolidayFile.read(path: invocation.positional(0)!)
            let added = try context.openRegister(creating: true).addHolidays(holidays)
            confirm("imported \(holidays.count) holiday\(holidays.count == 1 ? "" : "s") (\(added) new)", context)
        default:
            try list(context)
        }
    }

    private static func date(_ text: String, _ context: Context) throws(UsageError) -> CivilDate {
        guard let day = (try? DateParser.parse(text, now: context.now, zone: .local))?.day else {
            throw UsageError("'\(text)' is not a day; expected a date such as 2026-03-21")
        }
        return day
    }

    private static func confirm(_ text: String, _ context: Context) {
        if context.options.format == .table, !context.options.quiet { context.print(text + "\n") }
    }

    private static func list(_ context: Context) throws {
        let holidays = access(context.registerPath, F_OK) == 0 ? try context.openRegister().holidays() : []
        let rows = holidays.map { holiday -> [String?] in
            [holiday.day.description, holiday.day.weekday.rawValue, holiday.name]
        }
        switch context.options.format {
        case .table:
            let table = TextTable(
                columns: [.init("DATE"), .init("DAY"), .init("NAME", truncatable: true)], headerStyle: .bold)
            if !rows.isEmpty {
                context.print(
                    table.render(
                        rows: rows.map { $0.map { TextTable.Cell($0 ?? "") } }, maxWidth: context.terminal.width,
                        colorEnabled: context.terminal.colorEnabled))
            }
        default:
            var writer = RecordWriter(
                format: context.options.format, header: ["date", "weekday", "name"], output: context.output)
            for row in rows {
                writer.write(
                    json: .object([
                        ("date", .optional(row[0])), ("weekday", .optional(row[1])), ("name", .optional(row[2])),
                    ]), row: row)
            }
            writer.finish()
        }
    }
}

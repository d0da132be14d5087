import CmpltCore

/// `cmplt states`: the workflow's states, allowed moves and guards.
enum StatesCommand: Command {
    static let spec = CommandSpec(
        "states", abstract: "Show the workflow: states, allowed moves and what each state needs.",
        examples: ["cmplt states", "cmplt states --json"])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let states = State.mainPath + [.escalated]
        switch context.options.format {
        case .table:
            let table = TextTable(
                columns: [.init("STATE"), .init("NEXT"), .init("ALLOWED MOVES"), .init("ENTERING NEEDS")],
                headerStyle: .bold)
            let rows = states.map { state -> [TextTable.Cell] in
                [
                    TextTable.Cell(state.rawValue), TextTable.Cell(Workflow.nextState(after: state)?.rawValue ?? "-"),
                    TextTable.Cell(Workflow.describeMoves(from: state)),
                    TextTable.Cell(Workflow.requirement(entering: state) ?? "-"),
                ]
            }
            context.print(
                table.render(rows: rows, maxWidth: context.terminal.width, colorEnabled: context.terminal.colorEnabled))
        case .json, .jsonl:
            let objects = states.map(jsonValue)
            let document: JSONValue = .object([("states", .array(objects))])
            context.print(
                context.options.format == .json
                    ? document.serialized(pretty: true) + "\n" : objects.map { $0.serialized() + "\n" }.joined())
        case .csv, .tsv:
            var writer = RecordWriter(
                format: context.options.format, header: ["state", "next", "moves", "requires"], output: context.output)
            for state in states {
                writer.write(
                    json: .null,
                    row: [
                        state.rawValue, Workflow.nextState(after: state)?.rawValue,
                        Workflow.allowedMoves(from: state).map(\.rawValue).joined(separator: ";"),
                        Workflow.requirement(entering: state),
                    ])
            }
            writer.finish()
        }
    }

    private static func jsonValue(_ state: State) -> JSONValue {
        .object([
            ("state", .string(state.rawValue)),
            ("on_main_path", .bool(state.mainPathIndex != nil)),
            ("next", .optional(Workflow.nextState(after: state)?.rawValue)),
            ("moves", .array(Workflow.allowedMoves(from: state).map { .string($0.rawValue) })),
            ("closes_only_when_withdrawn", .bool(Workflow.closesOnlyWhenWithdrawn(from: state))),
            ("requires", .optional(Workflow.requirement(entering: state))),
        ])
    }
}

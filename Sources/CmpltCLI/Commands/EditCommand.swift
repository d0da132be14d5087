import CmpltCore

/// `cmplt edit`: corrects a complaint's fields, each change an event with old and new value.
enum EditCommand: Command {
    /// One option per editable field, named like the field with dashes: `--desired-outcome`.
    static let fieldOptions: [(field: ComplaintField, option: OptionSpec)] = ComplaintField.editable.map { field in
        let name = field.rawValue.replacing("_", with: "-")
        let help: String
        switch field {
        case .severity: help = "New severity; the due dates are recomputed with the targets in force."
        case _ where field.isRequired: help = "New \(field.rawValue)."
        default: help = "New \(field.rawValue.replacing("_", with: " ")) (an empty value clears it)."
        }
        return (field, OptionSpec(name, value: "value", help: help, choices: field == .severity ? Severity.names : []))
    }

    static let addTag = OptionSpec("add-tag", value: "tag", help: "Add a tag.", repeatable: true)
    static let removeTag = OptionSpec("remove-tag", value: "tag", help: "Remove a tag.", repeatable: true)

    static let spec = CommandSpec(
        "edit", abstract: "Correct a complaint's fields; each change is recorded with its old and new value.",
        discussion:
            "State, decisions and lifecycle times change only through 'cmplt advance'. A new severity recomputes the due dates with the settings in force.",
        arguments: [ArgumentSpec("id", help: "The complaint's id.")],
        options: fieldOptions.map(\.option) + [addTag, removeTag, SharedOptions.by],
        examples: [
            "cmplt edit 12 --category billing --product 'Gold card'", "cmplt edit 12 --contact '' --add-tag vip",
        ])

    static func run(_ invocation: Invocation, in context: Context) throws {
        let id = try ComplaintID.parse(invocation.positional(0)!)
        let changes = fieldOptions.compactMap { field, option in invocation.value(option).map { (field, $0) } }
        let added = invocation.values(addTag)
        let removed = invocation.values(removeTag)
        guard !changes.isEmpty || !added.isEmpty || !removed.isEmpty else {
            throw UsageError(
                "'cmplt edit' needs at least one field to change, e.g. --category billing (see 'cmplt help edit')")
        }
        let register = try context.openRegister()
        let changed = try register.edit(
            id, changes: changes, addTags: added, removeTags: removed,
            actor: context.actor(invocation.value(SharedOptions.by)), now: context.now)
        let summary =
            changed.isEmpty ? "#\(id) unchanged" : "#\(id) changed \(changed.map(\.rawValue).joined(separator: ", "))"
        try ComplaintPrinter(context: context).printChanged(try register.complaint(id), summary: summary)
    }
}

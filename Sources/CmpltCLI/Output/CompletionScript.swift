/// Shell completion scripts for bash, zsh and fish, generated from the command declarations.
///
/// The parser reads the same ``CommandSpec``s and ``OptionSpec``s, so a script names exactly
/// the commands, subcommands, options and enumerated values that cmplt accepts.
///
/// ```swift
/// let script = CompletionScript.bash(CLI.commands.map { $0.spec }, globals: GlobalOptions.specs)
/// // … complete -F _cmplt cmplt
/// ```
enum CompletionScript {
    /// The shells there is a script for.
    enum Shell: String, CaseIterable, Sendable {
        case bash, zsh, fish

        /// Every shell's name, in declaration order.
        static var names: [String] { allCases.map(\.rawValue) }
    }

    /// The script for `shell`.
    static func script(for shell: Shell, commands: [CommandSpec], globals: [OptionSpec]) -> String {
        switch shell {
        case .bash: bash(commands, globals: globals)
        case .zsh: zsh(commands, globals: globals)
        case .fish: fish(commands, globals: globals)
        }
    }

    // MARK: - What a value completes to

    /// The candidates for an option's value or a positional argument.
    enum Candidates: Equatable {
        /// Free text: nothing to offer.
        case none
        /// A fixed set of values.
        case words([String])
        /// File names.
        case files
        /// cmplt's command names.
        case commands
        /// The subcommands of the command named by the argument before.
        case subcommandsOfPreviousArgument
    }

    /// What the value of `option` completes to; `nil` for a flag, which takes no value.
    static func candidates(for option: OptionSpec) -> Candidates? {
        guard let valueName = option.valueName else { return nil }
        if !option.choices.isEmpty { return .words(option.choices) }
        return ["path", "file"].contains(valueName) ? .files : Candidates.none
    }

    /// What the positional `argument` completes to, judged by its name.
    static func candidates(for argument: ArgumentSpec) -> Candidates {
        switch argument.name {
        case "command": .commands
        case "subcommand": .subcommandsOfPreviousArgument
        case "file", "path": .files
        case CompletionsCommand.shell.name: .words(Shell.names)
        default: .none
        }
    }

    /// A command and the commands around it: `[config, set]` for `cmplt config set`.
    private typealias Path = [CommandSpec]

    /// Every command path, each command before its subcommands.
    private static func paths(_ commands: [CommandSpec], under parent: Path = []) -> [Path] {
        commands.flatMap { command in [parent + [command]] + paths(command.subcommands, under: parent + [command]) }
    }

    /// How a path is written as a key in the scripts: `config/set`; `""` for cmplt itself.
    private static func key(_ path: Path) -> String {
        path.map(\.name).joined(separator: "/")
    }

    /// The paths whose next word names a subcommand: `""` (cmplt itself), `config`.
    private static func nestedKeys(_ commands: [CommandSpec]) -> [String] {
        [""] + paths(commands).filter { !$0.last!.subcommands.isEmpty }.map(key)
    }

    /// Groups `items` by a value, keeping the order in which each value first appears.
    private static func grouped<Value: Equatable>(_ items: [(key: String, value: Value)]) -> [(
        keys: [String], value: Value
    )] {
        var groups: [(keys: [String], value: Value)] = []
        for item in items {
            if let index = groups.firstIndex(where: { $0.value == item.value }) {
                groups[index].keys.append(item.key)
            } else {
                groups.append(([item.key], item.value))
            }
        }
        return groups
    }

    // MARK: - Quoting

    /// `text` as one POSIX shell word in single quotes (bash, zsh): `it's` → `'it'\''s'`.
    static func shellQuoted(_ text: String) -> String {
        var quoted = "'"
        quoted.append(text, escaping: { $0 == "'" ? #"'\''"# : nil })
        return quoted + "'"
    }

    /// `text` as one fish word in single quotes, where only `\` and `'` are escaped.
    static func fishQuoted(_ text: String) -> String {
        var quoted = "'"
        quoted.append(
            text,
            escaping: {
                switch $0 {
                case "\\": #"\\"#
                case "'": #"\'"#
                default: nil
                }
            })
        return quoted + "'"
    }

    /// `text` as one fish word: bare when it is a plain name such as `cmplt/config`, else quoted.
    private static func fishWord(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || "/_.-".unicodeScalars.contains($0)
        }
        return plain && text.first?.isLetter == true ? text : fishQuoted(text)
    }

    /// `items` joined by `separator`, continued on a new line (after a backslash, indented by
    /// `indent` spaces) wherever a line would grow past 100 columns.
    private static func wrapped(_ items: [String], separator: String, indent: Int) -> String {
        var text = ""
        var column = indent
        for (index, item) in items.enumerated() {
            if index > 0 {
                let gap = separator.hasSuffix(" ") ? String(separator.dropLast()) : separator
                if column + separator.count + item.count > 100 {
                    text += gap + " \\\n" + String(repeating: " ", count: indent)
                    column = indent
                } else {
                    text += separator
                    column += separator.count
                }
            }
            text += item
            column += item.count
        }
        return text
    }

    /// `text` with each of `characters` preceded by a backslash.
    private static func backslashed(_ text: String, _ characters: Set<Unicode.Scalar>) -> String {
        var escaped = ""
        escaped.append(text, escaping: { characters.contains($0) ? "\\" + String($0) : nil })
        return escaped
    }

    /// Help text as one line: line breaks become spaces.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    // MARK: - bash

    /// A bash script defining `_cmplt` and registering it with `complete -F`.
    ///
    /// It walks the words before the cursor as the parser does (options with their values
    /// anywhere, then the command, its subcommand and the arguments), then offers commands,
    /// options, an option's values or an argument's values.
    static func bash(_ commands: [CommandSpec], globals: [OptionSpec]) -> String {
        let paths = paths(commands)
        var script = #"""
            # bash completion for cmplt, generated by 'cmplt completions bash' from cmplt's own
            # declarations: generate it again after upgrading cmplt.
            #
            # Install: cmplt completions bash > ~/.local/share/bash-completion/completions/cmplt
            # (or add to ~/.bashrc: source <(cmplt completions bash))

            # Sets `words` to the subcommands of the command path $1 ('' for cmplt's commands).
            __cmplt_commands() {
                case $1 in

            """#
        let subcommandLists =
            [("", commands)]
            + paths.filter { !$0.last!.subcommands.isEmpty }.map {
                (key($0), $0.last!.subcommands)
            }
        for (key, subcommands) in subcommandLists {
            script +=
                "        \(shellQuoted(key))) words=\(shellQuoted(subcommands.map(\.name).joined(separator: " "))) ;;\n"
        }
        script += #"""
                    *) words='' ;;
                esac
            }

            # Sets `words` to the options of the command path $1, then the global ones.
            __cmplt_options() {
                case $1 in

            """#
        for path in paths where !path.last!.options.isEmpty {
            let names = path.last!.options.flatMap(optionWords).joined(separator: " ")
            script += "        \(shellQuoted(key(path)))) words=\(shellQuoted(names)) ;;\n"
        }
        script += #"""
                    *) words='' ;;
                esac
                words+=\#(shellQuoted(" " + globals.flatMap(optionWords).joined(separator: " ")))
            }

            # Sets `words` to the values of option $2 of the command path $1 ('@files' for file
            # names); fails when the option takes no value.
            __cmplt_values() {
                case "$1 $2" in

            """#
        var optionValues = paths.flatMap { path in
            path.last!.options.compactMap { option in
                candidates(for: option).map { (key: shellQuoted("\(key(path)) --\(option.name)"), value: $0) }
            }
        }
        optionValues += globals.compactMap { option in
            candidates(for: option).map { (key: "*" + shellQuoted(" --\(option.name)"), value: $0) }
        }
        for group in grouped(optionValues) {
            script +=
                "        " + wrapped(group.keys, separator: " | ", indent: 8) + ") words=\(bashWords(group.value)) ;;\n"
        }
        script += #"""
                    *) return 1 ;;
                esac
            }

            # Sets `words` to the values of argument $2 (0 for the first) of the command path $1:
            # '@files' for file names, '@commands' for cmplt's commands, '@subcommands' for the
            # subcommands of the argument before.
            __cmplt_arguments() {
                case "$1 $2" in

            """#
        let argumentValues = paths.flatMap { path in
            path.last!.arguments.enumerated().compactMap { index, argument in
                let candidates = candidates(for: argument)
                return candidates == .none ? nil : (key: shellQuoted("\(key(path)) \(index)"), value: candidates)
            }
        }
        for group in grouped(argumentValues) {
            script +=
                "        " + wrapped(group.keys, separator: " | ", indent: 8) + ") words=\(bashWords(group.value)) ;;\n"
        }
        script += #"""
                    *) words='' ;;
                esac
            }

            _cmplt() {
                local cur=${COMP_WORDS[COMP_CWORD]} path='' option='' prefix='' word words
                local -i i skip=0 ended=0 nested=1
                local -a arguments=()
                for ((i = 1; i < COMP_CWORD; i++)); do
                    word=${COMP_WORDS[i]}
                    if ((skip)); then
                        # With '=' in COMP_WORDBREAKS, '--to=closed' arrives as '--to' '=' 'closed'.
                        [[ $word == = ]] || skip=0
                    elif ((!ended)) && [[ $word == -- ]]; then
                        ended=1
                    elif ((!ended)) && [[ $word == -?* ]]; then
                        if [[ $word != *=* ]] && __cmplt_values "$path" "$word"; then
                            option=$word
                            skip=1
                        fi
                    elif ((nested)); then
                        path+=${path:+/}$word
                        __cmplt_commands "$path"
                        [[ -n $words ]] || nested=0
                    else
                        arguments+=("$word")
                    fi
                done
                [[ $cur == = ]] && ((skip)) && cur=''
                words=''
                if ((skip)); then
                    __cmplt_values "$path" "$option"
                elif ((!ended)) && [[ $cur == --*=* ]]; then
                    # '--to=clo' as one word, when '=' is not in COMP_WORDBREAKS.
                    __cmplt_values "$path" "${cur%%=*}" || return 0
                    prefix=${cur%%=*}=
                    cur=${cur#*=}
                elif ((!ended)) && [[ $cur == -* ]]; then
                    __cmplt_options "$path"
                elif ((nested)); then
                    __cmplt_commands "$path"
                else
                    __cmplt_arguments "$path" ${#arguments[@]}
                    case $words in
                        @commands) __cmplt_commands '' ;;
                        @subcommands) __cmplt_commands "${arguments[${#arguments[@]}-1]}" ;;
                    esac
                fi
                if [[ $words == @files ]]; then
                    compopt -o filenames 2>/dev/null
                    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                else
                    mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
                fi
                if [[ -n $prefix ]]; then
                    COMPREPLY=("${COMPREPLY[@]/#/"$prefix"}")
                fi
                return 0
            }

            complete -F _cmplt cmplt

            """#
        return script
    }

    /// The words an option is typed as: `-q --quiet`.
    private static func optionWords(_ option: OptionSpec) -> [String] {
        (option.short.map { ["-\($0)"] } ?? []) + ["--\(option.name)"]
    }

    /// The value of `words=` in the bash script for `candidates`.
    private static func bashWords(_ candidates: Candidates) -> String {
        switch candidates {
        case .none: "''"
        case .words(let words): shellQuoted(words.joined(separator: " "))
        case .files: "@files"
        case .commands: "@commands"
        case .subcommandsOfPreviousArgument: "@subcommands"
        }
    }

    // MARK: - zsh

    /// A zsh script for `$fpath` (`#compdef cmplt`): one `_arguments` function per command,
    /// with the help texts as descriptions.
    static func zsh(_ commands: [CommandSpec], globals: [OptionSpec]) -> String {
        let paths = paths(commands)
        var script = #"""
            #compdef cmplt
            # zsh completion for cmplt, generated by 'cmplt completions zsh' from cmplt's own
            # declarations: generate it again after upgrading cmplt.
            #
            # Install: save it as a file named _cmplt in a folder on $fpath, e.g.
            #   mkdir -p ~/.zfunc && cmplt completions zsh > ~/.zfunc/_cmplt
            # with 'fpath=(~/.zfunc $fpath)' before 'autoload -Uz compinit && compinit' in ~/.zshrc.

            # Sets `globals` to the _arguments specs of the options every command accepts.
            __cmplt_global_options() {
                globals=(

            """#
        for option in globals {
            for spec in zshSpecs(option) { script += "        \(spec)\n" }
        }
        script += #"""
                )
            }

            # Offers the subcommands of command $1 (none: cmplt's commands) with their abstracts.
            __cmplt_commands() {
                local -a commands
                case $1 in

            """#
        let subcommandLists =
            [("", commands)]
            + paths.filter { !$0.last!.subcommands.isEmpty }.map {
                (key($0), $0.last!.subcommands)
            }
        for (key, subcommands) in subcommandLists {
            script += "        \(shellQuoted(key)))\n            commands=(\n"
            for command in subcommands {
                let entry = backslashed(command.name, [":", "\\"]) + ":" + oneLine(command.abstract)
                script += "                \(shellQuoted(entry))\n"
            }
            script += "            )\n            ;;\n"
        }
        script += #"""
                    *)
                        _message 'no subcommands'
                        return 1
                        ;;
                esac
                _describe -t commands "cmplt${1:+ $1} command" commands
            }

            """#
        script += "\n" + zshFunction(nil, children: commands)
        for path in paths { script += "\n" + zshFunction(path, children: path.last!.subcommands) }
        script += #"""

            if [[ $funcstack[1] == _cmplt ]]; then
                _cmplt "$@"
            else
                compdef _cmplt cmplt
            fi

            """#
        return script
    }

    /// The function completing the command at `path` (`nil`: cmplt itself).
    private static func zshFunction(_ path: Path?, children: [CommandSpec]) -> String {
        let name = "_cmplt" + (path ?? []).map { "_" + zshIdentifier($0.name) }.joined()
        let command = path?.last
        var specs = (command?.options ?? []).flatMap(zshSpecs)
        if children.isEmpty {
            specs += (command?.arguments ?? []).enumerated().map { index, argument in
                let message = backslashed(oneLine(argument.help), [":", "\\"])
                return shellQuoted(
                    (argument.isOptional ? "::" : ":") + message + ":" + zshAction(candidates(for: argument), index))
            }
            var text = "\(name)() {\n    local -a globals\n    __cmplt_global_options\n"
            text += "    _arguments -s -S : $globals"
            text += specs.map { " \\\n        " + $0 }.joined() + "\n}\n"
            return text
        }
        let commandKey = path.map(key) ?? ""
        var text = #"""
            \#(name)() {
                local curcontext=$curcontext state state_descr line ret=1
                local -A opt_args
                local -a globals
                __cmplt_global_options
                _arguments -s -S -C : $globals
            """#
        text += specs.map { " \\\n        " + $0 }.joined()
        text += #"""
             \
                    '(-): :->command' '(-)*:: :->argument' && ret=0
                case $state in
                    command)
                        __cmplt_commands \#(commandKey.isEmpty ? "" : shellQuoted(commandKey) + " ")&& ret=0
                        ;;
                    argument)
                        curcontext=${curcontext%:*:*}:cmplt\#(commandKey.isEmpty ? "" : "-" + commandKey.replacing("/", with: "-"))-$words[1]:
                        case $words[1] in

            """#
        for child in children {
            let childName = name + "_" + zshIdentifier(child.name)
            text += "                \(shellQuoted(child.name))) \(childName) && ret=0 ;;\n"
        }
        text += #"""
                        esac
                        ;;
                esac
                return ret
            }

            """#
        return text
    }

    /// `name` as part of a function name: letters, digits and `_`.
    private static func zshIdentifier(_ name: String) -> String {
        String(name.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "_" })
    }

    /// The `_arguments` specs of `option`, quoted: one per spelling, exclusive of each other.
    private static func zshSpecs(_ option: OptionSpec) -> [String] {
        let description = "[" + backslashed(oneLine(option.help), ["\\", "[", "]"]) + "]"
        var value = ""
        if let valueName = option.valueName {
            value = ":" + backslashed(valueName, [":", "\\"]) + ":" + zshAction(candidates(for: option)!, 0)
        }
        let repeated = option.isRepeatable ? "*" : ""
        let equals = option.takesValue ? "=" : ""
        guard let short = option.short else {
            return [shellQuoted("\(repeated)--\(option.name)\(equals)\(description)\(value)")]
        }
        let exclusive = "(-\(short) --\(option.name))"
        return [
            shellQuoted("\(exclusive)\(repeated)-\(short)\(description)\(value)"),
            shellQuoted("\(exclusive)\(repeated)--\(option.name)\(equals)\(description)\(value)"),
        ]
    }

    /// The `_arguments` action for `candidates`; `index` is the argument's (from 0).
    private static func zshAction(_ candidates: Candidates, _ index: Int) -> String {
        switch candidates {
        case .none: " "
        case .words(let words):
            "(" + words.map { backslashed($0, [" ", "\\", "(", ")", ":", "'", "\"", "$", "`"]) }.joined(separator: " ")
                + ")"
        case .files: "_files"
        case .commands: "{__cmplt_commands}"
        case .subcommandsOfPreviousArgument: "{__cmplt_commands $line[\(index)]}"
        }
    }

    // MARK: - fish

    /// A fish script of `complete -c cmplt` lines, each guarded by the command path on the
    /// line, with the help texts as descriptions.
    static func fish(_ commands: [CommandSpec], globals: [OptionSpec]) -> String {
        let paths = paths(commands)
        var script = #"""
            # fish completion for cmplt, generated by 'cmplt completions fish' from cmplt's own
            # declarations: generate it again after upgrading cmplt.
            #
            # Install: cmplt completions fish > ~/.config/fish/completions/cmplt.fish

            # Whether option $2 of the command path $1 ('cmplt/config/set') takes a value.
            function __cmplt_takes_value
                switch "$argv[1] $argv[2]"

            """#
        var valueKeys = paths.flatMap { path in
            path.last!.options.filter(\.takesValue).map { fishQuoted("cmplt/\(key(path)) --\($0.name)") }
        }
        valueKeys += globals.filter(\.takesValue).map { fishQuoted("* --\($0.name)") }
        if !valueKeys.isEmpty {
            script += "        case " + wrapped(valueKeys, separator: " ", indent: 12) + "\n            return 0\n"
        }
        let nested = nestedKeys(commands).map { fishWord(["cmplt", $0].filter { !$0.isEmpty }.joined(separator: "/")) }
        script += #"""
                end
                return 1
            end

            # Prints where the line before the cursor stands, reading it as cmplt's parser does:
            # the command path ('cmplt/config'), then 'command' when a (sub)command name comes
            # next or else the number of arguments given, then the last argument.
            function __cmplt_position
                set -l tokens (commandline -opc)
                set -e tokens[1]
                set -l path cmplt
                set -l state command
                set -l last ''
                set -l skip 0
                set -l ended 0
                for token in $tokens
                    if test $skip = 1
                        set skip 0
                    else if test $ended = 0 -a "$token" = --
                        set ended 1
                    else if test $ended = 0; and string match -qr -- '^-.' $token
                        if not string match -q -- '*=*' $token; and __cmplt_takes_value $path $token
                            set skip 1
                        end
                    else if test $state = command
                        set path $path/$token
                        contains -- $path \#(nested.joined(separator: " ")); or set state 0
                    else
                        set state (math $state + 1)
                        set last $token
                    end
                end
                printf '%s\n' $path $state $last
            end

            # Whether the line is at command path $1, and when given, in state $2 (see
            # __cmplt_position) after the argument $3.
            function __cmplt_at
                set -l position (__cmplt_position)
                for i in (seq (count $argv))
                    test "$position[$i]" = "$argv[$i]"; or return 1
                end
            end

            complete -c cmplt -f

            # Commands

            """#
        for (key, subcommands) in [("", commands)] + paths.map({ (key($0), $0.last!.subcommands) }) {
            let path = fishWord(["cmplt", key].filter { !$0.isEmpty }.joined(separator: "/"))
            for command in subcommands {
                script +=
                    "complete -c cmplt -n \(fishQuoted("__cmplt_at \(path) command")) -a \(fishWord(command.name))"
                script += " -d \(fishQuoted(oneLine(command.abstract)))\n"
            }
        }
        script += "\n# Global options\n"
        for option in globals { script += "complete -c cmplt \(fishOption(option))\n" }
        for path in paths where !path.last!.options.isEmpty || !path.last!.arguments.isEmpty {
            let at = "__cmplt_at " + fishWord("cmplt/" + key(path))
            script += "\n# cmplt \(path.map(\.name).joined(separator: " "))\n"
            for option in path.last!.options {
                script += "complete -c cmplt -n \(fishQuoted(at)) \(fishOption(option))\n"
            }
            for (index, argument) in path.last!.arguments.enumerated() {
                let condition = "\(at) \(index)"
                switch candidates(for: argument) {
                case .none:
                    break
                case .words(let words):
                    script +=
                        "complete -c cmplt -n \(fishQuoted(condition)) -a \(fishQuoted(words.joined(separator: " ")))"
                    script += " -d \(fishQuoted(oneLine(argument.help)))\n"
                case .files:
                    script += "complete -c cmplt -n \(fishQuoted(condition)) -F\n"
                case .commands:
                    for command in paths.filter({ $0.count == 1 }).map({ $0[0] }) {
                        script += "complete -c cmplt -n \(fishQuoted(condition)) -a \(fishWord(command.name))"
                        script += " -d \(fishQuoted(oneLine(command.abstract)))\n"
                    }
                case .subcommandsOfPreviousArgument:
                    for parent in commands where !parent.subcommands.isEmpty {
                        let after = "\(condition) \(parent.name)"
                        for command in parent.subcommands {
                            script += "complete -c cmplt -n \(fishQuoted(after)) -a \(fishWord(command.name))"
                            script += " -d \(fishQuoted(oneLine(command.abstract)))\n"
                        }
                    }
                }
            }
        }
        return script
    }

    /// The `complete` flags of `option`, after `-c cmplt` and any condition.
    private static func fishOption(_ option: OptionSpec) -> String {
        var flags = option.short.map { "-s \($0) " } ?? ""
        flags += "-l \(option.name)"
        switch candidates(for: option) {
        case nil: break
        case .words(let words)?: flags += " -x -a \(fishQuoted(words.joined(separator: " ")))"
        case .files?: flags += " -r -F"
        default: flags += " -x"
        }
        return flags + " -d \(fishQuoted(oneLine(option.help)))"
    }
}

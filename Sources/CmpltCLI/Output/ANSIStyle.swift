/// A text style drawn with an ANSI SGR escape sequence, for terminals that show colour.
///
/// ```swift
/// ANSIStyle.red.wrap("overdue")  // "\u{1B}[31moverdue\u{1B}[0m"
/// ```
enum ANSIStyle: Sendable {
    /// Bold or bright text.
    case bold
    /// Faint text.
    case dim
    /// Red foreground.
    case red
    /// Yellow foreground.
    case yellow
    /// Green foreground.
    case green
    /// Cyan foreground.
    case cyan

    /// The SGR parameter that turns the style on.
    private var parameter: String {
        switch self {
        case .bold: "1"
        case .dim: "2"
        case .red: "31"
        case .yellow: "33"
        case .green: "32"
        case .cyan: "36"
        }
    }

    /// Returns `text` between the style's escape sequence and a reset of all attributes.
    func wrap(_ text: String) -> String {
        "\u{1B}[" + parameter + "m" + text + "\u{1B}[0m"
    }
}

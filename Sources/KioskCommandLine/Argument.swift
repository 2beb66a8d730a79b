import HistoryContent

/// What the user typed, quoted in a message: its controls written out as
/// `Visible` writes them (an argument holding an escape sequence or a
/// newline must not act on the terminal or forge a line), and cut short so
/// that a pasted megabyte stays a one-line message.
public enum Argument {
  /// The most characters shown; longer arguments end in "…".
  public static let maximumCharacters = 80

  /// `'text'`, as typed but for its controls.
  public static func quoted(_ text: some StringProtocol) -> String {
    let scalars = text.unicodeScalars
    var shown = String(String.UnicodeScalarView(scalars.prefix(maximumCharacters)))
    if !scalars.dropFirst(maximumCharacters).isEmpty { shown += "…" }
    return "'" + Visible.text(shown) + "'"
  }
}

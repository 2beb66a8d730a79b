/// What the user typed, quoted in a message with every control character
/// made visible: an argument holding an escape sequence or a newline must
/// not act on the terminal the message is printed to, nor forge a line.
public enum Visible {
  /// The longest argument shown in full; longer ones are cut with "…", so
  /// that a pasted megabyte stays a one-line message.
  public static let maximumCharacters = 80

  /// `'text'`, controls written as `\n`, `\t`, `\r` or `\u{1B}`, a backslash
  /// doubled so that what is shown reads back unambiguously.
  public static func quoted(_ text: some StringProtocol) -> String {
    "'" + escaped(text) + "'"
  }

  /// `text` with its controls written out as `quoted` does, without quotes:
  /// for a path that ends a sentence.
  public static func escaped(_ text: some StringProtocol) -> String {
    var shown = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if count == maximumCharacters {
        shown += "…"
        break
      }
      shown += escaped(scalar)
      count += 1
    }
    return shown
  }

  private static func escaped(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\n": return "\\n"
    case "\t": return "\\t"
    case "\r": return "\\r"
    case "\\": return "\\\\"
    default:
      guard isControl(scalar.value) else { return String(scalar) }
      return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
  }

  /// C0 and C1 controls, DEL, and the bidi controls that reorder how text
  /// reads (as the content's Sanitizer refuses them).
  static func isControl(_ v: UInt32) -> Bool {
    v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
  }
}

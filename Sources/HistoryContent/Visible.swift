import TextLayout

/// Text from a curator or a command line shown in a message with every
/// character a terminal would act on written out, the way YAML writes it in
/// quotes (`\e`, `\n`, `\x9B`, `\u202E`): a key holding an escape sequence
/// or a newline cannot retitle the window or forge a line of output.
public enum Visible {
  public static func text(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsWritingOut) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      out += needsWritingOut(scalar) ? escaped(scalar) : String(scalar)
    }
    return out
  }

  /// Controls (tab and newline too), bidi controls, and the line and
  /// paragraph separators some terminals break lines at.
  private static func needsWritingOut(_ scalar: Unicode.Scalar) -> Bool {
    Sanitizer.isForbidden(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
  }

  private static func escaped(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x00: return "\\0"
    case 0x07: return "\\a"
    case 0x08: return "\\b"
    case 0x09: return "\\t"
    case 0x0A: return "\\n"
    case 0x0B: return "\\v"
    case 0x0C: return "\\f"
    case 0x0D: return "\\r"
    case 0x1B: return "\\e"
    case ..<0x100: return "\\x" + hex(scalar.value, digits: 2)
    default: return "\\u" + hex(scalar.value, digits: 4)
    }
  }

  private static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}

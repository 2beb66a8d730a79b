import TextLayout

/// Finds what a terminal would act on instead of showing, in a value a
/// curator wrote, and names it so that the curator can find and delete it.
///
/// What counts as forbidden is `Sanitizer.isForbidden`: C0 and C1 controls
/// (and so every escape sequence, which starts with one), and the bidi
/// controls that make text read differently from how it is stored. The
/// renderer strips them anyway; refusing them here tells the curator that
/// pasted text carried something unseen. Line breaks and tabs are the only
/// controls allowed: YAML writes them into values itself (a tab is shown
/// as a space).
enum ForbiddenCharacters {
  /// What the first forbidden character in `text` is, in words, or nil.
  static func first(in text: String) -> String? {
    // The byte scan clears nearly every text; only one that holds a
    // forbidden character is decoded to say which.
    guard Sanitizer.containsForbidden(text, allowingLineBreaksAndTabs: true) else { return nil }
    let scalars = Array(text.unicodeScalars)
    guard let index = scalars.firstIndex(where: isForbiddenHere) else { return nil }
    return describe(scalars[index...])
  }

  /// The message for a value holding `what`.
  static func message(_ what: String) -> String {
    "contains \(what) — delete it: the kiosk shows only printable text"
  }

  private static func isForbiddenHere(_ scalar: Unicode.Scalar) -> Bool {
    scalar != "\n" && scalar != "\t" && Sanitizer.isForbidden(scalar.value)
  }

  /// Names the forbidden character at the start of `scalars`, and the escape
  /// sequence it begins, if any.
  static func describe(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    guard let first = scalars.first else { return "nothing" }
    let rest = scalars.dropFirst()
    switch first.value {
    case 0x1B:
      return escapeSequence(introducedBy: rest.first, body: rest.dropFirst())
    case 0x9B:
      return "a CSI escape sequence (U+009B)"
    case 0x9D:
      return operatingSystemCommand(rest, introducer: "U+009D")
    case 0x90:
      return "a DCS escape sequence (U+0090)"
    case 0x07:
      return "the bell character BEL (\(code(first)))"
    default:
      if let name = bidiNames[first.value] {
        return "the bidi control \(code(first)) (\(name))"
      }
      return "the control character \(code(first))"
    }
  }

  /// ESC and what follows it: CSI (`ESC [`), OSC (`ESC ]`), DCS (`ESC P`),
  /// or a short sequence such as `ESC c`.
  private static func escapeSequence(
    introducedBy next: Unicode.Scalar?, body: ArraySlice<Unicode.Scalar>
  ) -> String {
    switch next {
    case "[": return "a CSI escape sequence (ESC [)"
    case "]": return operatingSystemCommand(body, introducer: "ESC ]")
    case "P": return "a DCS escape sequence (ESC P)"
    case let next? where (0x21...0x7E).contains(next.value):
      return "an escape sequence (ESC \(Character(next)))"
    default: return "the escape character ESC (U+001B)"
    }
  }

  /// OSC 8 plants a hyperlink and OSC 52 writes the clipboard: named, since
  /// they are the ones pasted text most often smuggles in.
  private static func operatingSystemCommand(
    _ body: ArraySlice<Unicode.Scalar>, introducer: String
  ) -> String {
    let number = String(String.UnicodeScalarView(body.prefix { ("0"..."9").contains($0) }))
    switch number {
    case "8": return "an OSC 8 hyperlink escape sequence (\(introducer) 8)"
    case "52": return "an OSC 52 clipboard escape sequence (\(introducer) 52)"
    default: return "an OSC escape sequence (\(introducer))"
    }
  }

  private static let bidiNames: [UInt32: String] = [
    0x200E: "LEFT-TO-RIGHT MARK", 0x200F: "RIGHT-TO-LEFT MARK",
    0x202A: "LEFT-TO-RIGHT EMBEDDING", 0x202B: "RIGHT-TO-LEFT EMBEDDING",
    0x202C: "POP DIRECTIONAL FORMATTING", 0x202D: "LEFT-TO-RIGHT OVERRIDE",
    0x202E: "RIGHT-TO-LEFT OVERRIDE", 0x2066: "LEFT-TO-RIGHT ISOLATE",
    0x2067: "RIGHT-TO-LEFT ISOLATE", 0x2068: "FIRST STRONG ISOLATE",
    0x2069: "POP DIRECTIONAL ISOLATE",
  ]

  /// `U+001B`: the code point as Unicode charts write it.
  static func code(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}

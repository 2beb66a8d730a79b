/// Makes text safe to hand to a terminal.
///
/// Content comes from files a curator edits; a stray escape sequence in it
/// could move the cursor, retitle the window, write the clipboard (OSC 52) or
/// plant a hyperlink (OSC 8). Everything that a terminal could interpret goes:
/// C0 and C1 controls, whole ESC sequences, and the bidi overrides that can
/// make text read differently from how it is stored.
public enum Sanitizer {
  /// `text` with escape sequences removed and control characters dropped.
  /// Tabs become a space; newlines are kept only when `keepNewlines` is set.
  public static func clean(_ text: String, keepNewlines: Bool = false) -> String {
    if !needsCleaning(text) { return text }
    var out = String.UnicodeScalarView()
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.first {
      scalars = scalars.dropFirst()
      switch scalar.value {
      case 0x1B:
        scalars = skipEscapeSequence(scalars)
      case 0x9B:  // C1 CSI
        scalars = skipCSIBody(scalars)
      case 0x90, 0x9D, 0x9E, 0x9F, 0x98:  // C1 DCS, OSC, PM, APC, SOS
        scalars = skipStringBody(scalars)
      case 0x0A where keepNewlines:
        out.append(scalar)
      case 0x09:
        out.append(" ")
      default:
        if !isForbidden(scalar.value) { out.append(scalar) }
      }
    }
    return String(out)
  }

  /// True when `clean` would change anything; the common case is a no.
  public static func needsCleaning(_ text: String) -> Bool {
    containsForbidden(text, allowingLineBreaksAndTabs: false)
  }

  /// True when `text` holds a scalar `isForbidden` refuses, line feeds and
  /// tabs left out when `allowingLineBreaksAndTabs` is set.
  ///
  /// Looks at UTF-8 bytes, not scalars: every forbidden scalar either is an
  /// ASCII control or starts with the byte C2 (C1 controls) or E2 (the bidi
  /// controls), so the scalars of nearly every text are never decoded.
  public static func containsForbidden(_ text: String, allowingLineBreaksAndTabs: Bool) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        // Eight printable ASCII bytes at once; otherwise these eight one
        // by one.
        if index + 8 <= bytes.count, ByteWords.isPrintableASCII(ByteWords.word(bytes, at: index)) {
          index += 8
          continue
        }
        let stop = min(index + 8, bytes.count)
        while index < stop {
          let byte = bytes[index]
          if byte < 0x20 || byte == 0x7F {
            if !(allowingLineBreaksAndTabs && (byte == 0x0A || byte == 0x09)) { return true }
          } else if byte == 0xC2 {
            // U+0080–U+00BF: C2 and one continuation byte (valid UTF-8).
            if isForbidden(0x80 | UInt32(bytes[index + 1] & 0x3F)) { return true }
          } else if byte == 0xE2 {
            // U+2000–U+2FFF: E2 and two continuation bytes.
            let value =
              0x2000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            if isForbidden(value) { return true }
          }
          index += 1
        }
      }
      return false
    }
  }

  /// Controls and bidi overrides: never drawn.
  public static func isForbidden(_ v: UInt32) -> Bool {
    v < 0x20 || (v >= 0x7F && v < 0xA0) || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
  }

  private typealias Rest = ArraySlice<Unicode.Scalar>

  private static func skipEscapeSequence(_ rest: Rest) -> Rest {
    guard let next = rest.first else { return rest }
    switch next {
    case "[": return skipCSIBody(rest.dropFirst())
    case "]", "P", "X", "^", "_": return skipStringBody(rest.dropFirst())
    default:
      // Two-character sequences (ESC 7, ESC c, ESC ( B …): drop intermediates
      // (0x20–0x2F) and the final byte.
      var r = rest
      while let s = r.first, (0x20...0x2F).contains(s.value) { r = r.dropFirst() }
      return r.isEmpty ? r : r.dropFirst()
    }
  }

  /// CSI: parameters and intermediates, then one final byte 0x40–0x7E.
  private static func skipCSIBody(_ rest: Rest) -> Rest {
    var r = rest
    while let s = r.first {
      r = r.dropFirst()
      if (0x40...0x7E).contains(s.value) { break }
      if !(0x20...0x3F).contains(s.value) { break }
    }
    return r
  }

  /// OSC, DCS, PM, APC, SOS: everything up to BEL, ST (ESC \) or C1 ST.
  private static func skipStringBody(_ rest: Rest) -> Rest {
    var r = rest
    while let s = r.first {
      r = r.dropFirst()
      if s.value == 0x07 || s.value == 0x9C { break }
      if s.value == 0x1B {
        if r.first == "\\" { r = r.dropFirst() }
        break
      }
    }
    return r
  }
}

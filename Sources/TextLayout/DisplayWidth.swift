/// How many terminal columns text takes, without asking the C library.
///
/// `wcwidth` depends on the process locale (it answers -1 for "ä" under
/// `LANG=C`), so layout would change with the environment. This table covers
/// what the content can hold: combining marks and joiners take no column,
/// East Asian wide and emoji scalars take two, everything else one.
public enum DisplayWidth {
  /// Columns taken by one grapheme cluster (a Swift `Character`).
  public static func of(_ character: Character) -> Int {
    var width = 0
    for scalar in character.unicodeScalars {
      let w = of(scalar)
      // A cluster is as wide as its widest part: "e" + combining accent is 1,
      // an emoji with a variation selector is 2.
      if w > width { width = w }
    }
    return width
  }

  /// Columns taken by a whole string. (This overload, and not only the
  /// generic one below, so that other modules call code made for `String`:
  /// the generic one, called from another module, is not specialised.)
  public static func of(_ text: String) -> Int { columns(text) }

  /// Columns taken by a whole substring or other string.
  public static func of(_ text: some StringProtocol) -> Int { columns(text) }

  private static func columns(_ text: some StringProtocol) -> Int {
    if let width = text.utf8.withContiguousStorageIfAvailable(asciiWidth) ?? nil { return width }
    // Scalar by scalar while every scalar is a character of its own (a
    // character is as wide as its one scalar); by characters otherwise.
    var total = 0
    for scalar in text.unicodeScalars {
      guard SingleScalarGraphemes.standsAlone(scalar) else { return ofCharacters(text) }
      total += of(scalar)
    }
    return total
  }

  private static func ofCharacters(_ text: some StringProtocol) -> Int {
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  /// Columns taken by ASCII text, or nil when it holds anything else.
  /// Every ASCII scalar is a `Character` of its own (CR LF aside, two
  /// controls, no columns), so no grapheme breaking is needed: one column a
  /// byte, none for a control.
  private static func asciiWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var width = 0
    for byte in bytes {
      if byte >= 0x80 { return nil }
      if byte >= 0x20 && byte != 0x7F { width += 1 }
    }
    return width
  }

  /// Columns taken by one scalar: 0, 1 or 2.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if v < 0x300 { return 1 }
    if isZeroWidth(v) { return 0 }
    if isWide(v) { return 2 }
    return 1
  }

  private static func isZeroWidth(_ v: UInt32) -> Bool {
    switch v {
    case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A,
      0x064B...0x065F, 0x0E31, 0x0E34...0x0E3A, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF,
      0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x20D0...0x20FF,
      0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF, 0xE0100...0xE01EF:
      return true
    default:
      return false
    }
  }

  private static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC,
      0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
      0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}

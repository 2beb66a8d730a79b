import TextLayout

/// Text as search compares it: lower case, accents dropped, and German
/// spelling made one, so that "Flüchtlinge", "Fluechtlinge" and
/// "fluchtlinge" read alike and "strasse" finds "Straße". Each folded byte
/// remembers the character of the original it came from, so a match can be
/// shown where it stands.
public struct FoldedText: Sendable {
  /// The folded text, as UTF-8.
  public let bytes: [UInt8]
  /// For each folded byte, the index of its character in the original.
  public let origin: [Int]

  public init(_ text: String) {
    var bytes: [UInt8] = []
    var origin: [Int] = []
    bytes.reserveCapacity(text.utf8.count)
    origin.reserveCapacity(text.utf8.count)
    var folding = Folding()
    for (index, character) in text.enumerated() {
      for scalar in character.unicodeScalars {
        let before = bytes.count
        folding.fold(scalar, into: &bytes)
        for _ in before..<bytes.count { origin.append(index) }
      }
    }
    self.bytes = bytes
    self.origin = origin
  }

  /// Appends `text` folded to `bytes`: the same bytes as
  /// `FoldedText(text).bytes`, a scalar at a time, without noting where each
  /// came from. The index is built this way: walking the text by
  /// characters cost four times what the rest of building it did.
  public static func append(_ text: String, to bytes: inout [UInt8]) {
    var folding = Folding()
    var text = text
    // Straight from the UTF-8, which a `String` always holds valid.
    text.withUTF8 { utf8 in
      var index = 0
      while index < utf8.count {
        let (scalar, length) = ValidUTF8.scalar(in: utf8, at: index)
        folding.fold(scalar, into: &bytes)
        index += length
      }
    }
  }

  /// Where in `text` the first match of one of `words` (folded) begins,
  /// found a Unicode scalar at a time: to show a match in a long text
  /// without walking all of it character by character.
  public static func firstMatch(of words: [[UInt8]], in text: String) -> String.Index? {
    var bytes: [UInt8] = []
    var sources: [String.Index] = []
    var folding = Folding()
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let before = bytes.count
      folding.fold(scalars[index], into: &bytes)
      for _ in before..<bytes.count { sources.append(index) }
      scalars.formIndex(after: &index)
    }
    let first = words.compactMap { firstRange(of: $0, in: bytes, from: 0)?.lowerBound }.min()
    return first.map { sources[$0] }
  }

  /// Where `word` (folded) occurs, as ranges of folded bytes.
  public func ranges(of word: [UInt8]) -> [Range<Int>] {
    guard !word.isEmpty, word.count <= bytes.count else { return [] }
    var found: [Range<Int>] = []
    var start = 0
    while let range = Self.firstRange(of: word, in: bytes, from: start) {
      found.append(range)
      start = range.upperBound
    }
    return found
  }

  /// Whether `word` (folded) occurs at all.
  public func contains(_ word: [UInt8]) -> Bool {
    Self.firstRange(of: word, in: bytes, from: 0) != nil
  }

  private static func firstRange(of word: [UInt8], in bytes: [UInt8], from start: Int)
    -> Range<Int>?
  {
    guard let first = word.first, word.count <= bytes.count - start else { return nil }
    var index = start
    let last = bytes.count - word.count
    while index <= last {
      if bytes[index] == first {
        var matched = 1
        while matched < word.count, bytes[index + matched] == word[matched] { matched += 1 }
        if matched == word.count { return index..<(index + word.count) }
      }
      index += 1
    }
    return nil
  }

  /// The original characters a range of folded bytes came from.
  public func characters(of range: Range<Int>) -> Range<Int> {
    origin[range.lowerBound]..<(origin[range.upperBound - 1] + 1)
  }
}

/// The folding rules, applied one Unicode scalar at a time.
struct Folding {
  /// The scalar before, lower-cased if an ASCII letter; 0 if not ASCII.
  private var previous: UInt8 = 0x20

  /// Appends `scalar` folded: "Ä" → "a", "ß" → "ss", "É" → "e". ASCII, most
  /// of any text, takes the short way here, inlined into the loops.
  @inline(__always)
  mutating func fold(_ scalar: Unicode.Scalar, into bytes: inout [UInt8]) {
    guard scalar.isASCII else {
      previous = 0
      Self.foldOther(scalar, into: &bytes)
      return
    }
    let byte = UInt8(truncatingIfNeeded: scalar.value)
    let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
    defer { previous = lower }
    // "ue", "oe", "ae" are how German writes ü, ö, ä without the dots:
    // the e goes, as the dots do.
    if lower == 0x65, previous == 0x61 || previous == 0x6F || previous == 0x75 { return }
    bytes.append(lower)
  }

  /// The letters and marks German and English texts hold most, folded as
  /// the general rule folds them (a test checks that it agrees),
  /// without its tables and lookups.
  static func foldCommon(_ value: UInt32) -> UInt8? {
    switch value {
    case 0xE4, 0xC4: 0x61  // ä Ä
    case 0xF6, 0xD6: 0x6F  // ö Ö
    case 0xFC, 0xDC: 0x75  // ü Ü
    case 0xE9, 0xC9, 0xE8, 0xC8: 0x65  // é É è È
    case 0x2019, 0x2018: 0x27  // ’ ‘
    case 0x201C, 0x201D, 0x201E: 0x22  // “ ” „
    case 0x2013, 0x2014: 0x2D  // – —
    default: nil
    }
  }

  @inline(never)
  private static func foldOther(_ scalar: Unicode.Scalar, into bytes: inout [UInt8]) {
    if let byte = foldCommon(scalar.value) {
      bytes.append(byte)
    } else {
      foldGenerally(scalar, into: &bytes)
    }
  }

  /// The general rule: combining accents go, ß is "ss", letters lose their
  /// accents (`Transliteration`), and what has no Latin stand-in stays.
  static func foldGenerally(_ scalar: Unicode.Scalar, into bytes: inout [UInt8]) {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark:
      // A combining accent goes, as the accent of a composed letter does.
      return
    default:
      break
    }
    if scalar == "ß" || scalar == "ẞ" {
      bytes.append(contentsOf: "ss".utf8)
      return
    }
    let base = Transliteration.glyph(Character(scalar))
    // Characters with no Latin stand-in (Arabic, Chinese…) stay as they are.
    let folded = base == "?" ? String(scalar).lowercased() : base.lowercased()
    bytes.append(contentsOf: folded.utf8)
  }
}

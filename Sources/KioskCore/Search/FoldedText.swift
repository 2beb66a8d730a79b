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
    for scalar in text.unicodeScalars { folding.fold(scalar, into: &bytes) }
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
  private var previous: Unicode.Scalar = " "

  /// Appends `scalar` folded: "Ä" → "a", "ß" → "ss", "É" → "e".
  mutating func fold(_ scalar: Unicode.Scalar, into bytes: inout [UInt8]) {
    let value = scalar.value
    defer { previous = scalar }
    if value < 0x80 {
      // "ue", "oe", "ae" are how German writes ü, ö, ä without the dots:
      // the e goes, as the dots do.
      if value | 0x20 == 0x65, [0x61, 0x6F, 0x75].contains(previous.value | 0x20) { return }
      let isUpper = (0x41...0x5A).contains(value)
      bytes.append(UInt8(value) | (isUpper ? 0x20 : 0))
      return
    }
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

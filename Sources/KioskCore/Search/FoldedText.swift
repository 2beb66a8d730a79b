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
    var previous: Character = " "
    for (index, character) in text.enumerated() {
      // "ue", "oe", "ae" are how German writes ü, ö, ä without the dots:
      // the e goes, as the dots do.
      if character == "e" || character == "E", "aouAOU".contains(previous) {
        previous = character
        continue
      }
      previous = character
      for byte in Self.fold(character).utf8 {
        bytes.append(byte)
        origin.append(index)
      }
    }
    self.bytes = bytes
    self.origin = origin
  }

  /// One character folded: "Ä" → "a", "ß" → "ss", "É" → "e".
  static func fold(_ character: Character) -> String {
    if character.isASCII { return character.lowercased() }
    if character == "ß" || character == "ẞ" { return "ss" }
    let base = Transliteration.glyph(character)
    // Characters with no Latin stand-in (Arabic, Chinese…) stay as they are.
    return base == "?" ? character.lowercased() : base.lowercased()
  }

  /// Where `word` (folded) occurs, as ranges of folded bytes.
  public func ranges(of word: [UInt8]) -> [Range<Int>] {
    guard !word.isEmpty, word.count <= bytes.count else { return [] }
    var found: [Range<Int>] = []
    var start = 0
    while let range = firstRange(of: word, from: start) {
      found.append(range)
      start = range.upperBound
    }
    return found
  }

  /// Whether `word` (folded) occurs at all.
  public func contains(_ word: [UInt8]) -> Bool { firstRange(of: word, from: 0) != nil }

  private func firstRange(of word: [UInt8], from start: Int) -> Range<Int>? {
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

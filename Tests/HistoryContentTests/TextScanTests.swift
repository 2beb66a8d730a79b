import Testing
import TextLayout

@testable import HistoryContent

/// The text checks work on UTF-8 bytes for speed, and must decide exactly
/// as the `Character`-by-`Character` versions they replaced. Each is run
/// against that version, kept here as the reference, on many texts built
/// from the awkward parts: every kind of whitespace, combining marks on
/// spaces, CR LF, controls, bidi controls and wide characters.
@Suite struct TextScanTests {
  /// Parts that sit badly with byte-level scanning, and plain ones.
  static let parts: [String] = [
    " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}",
    "\u{1680}", "\u{2003}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}",
    "\u{301}", "\u{600}", "\u{200D}", "\u{FE0F}", "\u{200B}", "\u{1B}[", "\u{1B}]8;", "\u{9B}",
    "\u{90}", "\u{7F}", "\u{0}", "\u{7}", "\u{200E}", "\u{202E}", "\u{2066}", "\u{2010}",
    "\u{20AC}", "\u{AD}", "\u{C2}", "a", "z", "A", "é", "ü", "ß", "日本", "😀", "🇩🇪", "-",
    "0", "9", "(", "https://", "http://", "de", "en", "Hochwasserschutzmauerbauprojekt",
    "Wort", "x y", "e\u{301}", " \u{301}",
  ]

  /// A fixed sequence, so that a failure can be replayed.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 11 ^ state
    }
  }

  static func texts(count: Int = 20_000, seed: UInt64 = 1954) -> [String] {
    var generator = Generator(state: seed)
    return (0..<count).map { _ in
      let length = Int.random(in: 0...24, using: &generator)
      return (0..<length).map { _ in parts.randomElement(using: &generator)! }.joined()
    }
  }

  // The reference versions, as they were.

  static func referenceTrim(_ text: String) -> String {
    var s = Substring(text)
    while let c = s.first, c.isWhitespace { s = s.dropFirst() }
    while let c = s.last, c.isWhitespace { s = s.dropLast() }
    return String(s)
  }

  static func referenceReflow(_ text: String) -> String {
    var paragraphs: [String] = []
    var current: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = referenceTrim(String(line))
      if trimmed.isEmpty {
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        current = []
      } else {
        current.append(trimmed)
      }
    }
    if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
    return paragraphs.joined(separator: "\n\n")
  }

  static func referenceLongWord(_ text: String, widerThan columns: Int) -> String? {
    let separators: Set<UInt8> = [0x20, 0x0A, 0x09]
    for bytes in text.utf8.split(whereSeparator: separators.contains) where bytes.count > columns {
      let word = Substring(String(decoding: bytes, as: UTF8.self))
      let width = DisplayWidth.of(word)
      let start = word.drop { !$0.isLetter }
      let isWebAddress = start.hasPrefix("https://") || start.hasPrefix("http://")
      if width > columns, !isWebAddress { return "\(word) \(width)" }
    }
    return nil
  }

  static func referenceForbidden(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      $0 != "\n" && $0 != "\t" && Sanitizer.isForbidden($0.value)
    }
  }

  @Test func trimmingMatchesCharacters() {
    for text in Self.texts() {
      #expect(
        text.trimmingWhitespace == Self.referenceTrim(text), "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test func reflowMatchesCharacters() {
    for text in Self.texts() {
      #expect(
        Reflow.joiningLines(text) == Self.referenceReflow(text),
        "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test func longWordsMatchCharacters() {
    for text in Self.texts() {
      for columns in [4, 12, 44] {
        let found = LongWords.first(in: text, widerThan: columns).map { "\($0.word) \($0.width)" }
        #expect(
          found == Self.referenceLongWord(text, widerThan: columns),
          "\(text.unicodeScalars.map(\.value))")
      }
    }
  }

  @Test func forbiddenCharactersMatchScalars() {
    for text in Self.texts() {
      let found = ForbiddenCharacters.first(in: text) != nil
      #expect(found == Self.referenceForbidden(text), "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test func languageCodesAndIDsMatchCharacters() {
    for text in Self.texts(count: 5_000) + [
      "de", "en", "dé", "d\u{301}", "DE", "d", "deu", "a-1", "-a", "a-",
    ] {
      let code = text.count == 2 && text.allSatisfy { $0.isASCII && $0.isLowercase }
      #expect(NodeReader.isLanguageCode(text) == code, "\(text.unicodeScalars.map(\.value))")
      let slug =
        !text.isEmpty && text.first != "-" && text.last != "-"
        && text.unicodeScalars.allSatisfy {
          ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
      #expect(NodeReader.isSlug(text) == slug, "\(text.unicodeScalars.map(\.value))")
    }
  }

  /// The standard library's UTF-8 parser: where the first ill-formed
  /// sequence starts.
  static func referenceFirstInvalid(_ bytes: [UInt8]) -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  /// Byte strings around every boundary of Table 3-7, and random mixes of
  /// them with ASCII runs long enough for the eight-byte steps.
  @Test func utf8CheckMatchesTheStandardLibrary() {
    let pieces: [[UInt8]] = [
      Array("abcdefgh".utf8), [0x00], [0x7F], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF],
      [0xC2, 0x80], [0xDF, 0xBF], [0xC3], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80],
      [0xE1, 0x80, 0x80], [0xEC, 0xBF, 0xBF], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
      [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xE2, 0x82], [0xF0, 0x8F, 0x80, 0x80],
      [0xF0, 0x90, 0x80, 0x80], [0xF3, 0xBF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
      [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xF0, 0x9F, 0x98],
      Array("ä日😀".utf8), [0x0A],
    ]
    var random = SplitMix(seed: 2014)
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<(random.next() % 12) {
        bytes += pieces[Int(random.next() % UInt64(pieces.count))]
      }
      let found = bytes.withUnsafeBufferPointer { UTF8Text.firstInvalidOffset($0) }
      #expect(found == Self.referenceFirstInvalid(bytes), "\(bytes)")
    }
  }
}

/// A small seeded generator, so that a failure is the same on every run.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

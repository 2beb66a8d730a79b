import Testing
import TextLayout

/// `DisplayWidth` and `Sanitizer` take a shortcut through the UTF-8 bytes;
/// they must answer as the scalar- and `Character`-level versions do.
@Suite struct TextLayoutScanTests {
  static let parts: [String] = [
    " ", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{7}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{80}",
    "\u{85}", "\u{9B}", "\u{9F}", "\u{A0}", "\u{BF}", "\u{200D}", "\u{200E}", "\u{200F}",
    "\u{2010}", "\u{2028}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2065}", "\u{2066}",
    "\u{2069}", "\u{206A}", "\u{20AC}", "\u{301}", "\u{FE0F}", "a", "Z", "~", "ü", "日", "😀",
    "e\u{301}",
  ]

  static func texts() -> [String] {
    var state: UInt64 = 1951
    var texts: [String] = []
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      var bits = state >> 11
      let length = Int(bits % 12)
      var text = ""
      for _ in 0..<length {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bits = state >> 11
        text += parts[Int(bits % UInt64(parts.count))]
      }
      texts.append(text)
    }
    return texts
  }

  @Test func widthMatchesCharacters() {
    for text in Self.texts() {
      let reference = text.reduce(0) { $0 + DisplayWidth.of($1) }
      #expect(DisplayWidth.of(text) == reference, "\(text.unicodeScalars.map(\.value))")
      #expect(
        DisplayWidth.of(text.dropFirst()) == reference
          - (text.first.map { DisplayWidth.of($0) } ?? 0))
    }
  }

  @Test func needsCleaningMatchesScalars() {
    for text in Self.texts() {
      let reference = text.unicodeScalars.contains { Sanitizer.isForbidden($0.value) }
      #expect(Sanitizer.needsCleaning(text) == reference, "\(text.unicodeScalars.map(\.value))")
    }
  }
}

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
      // Up to 30 parts: long enough for the eight-byte steps of `ByteWords`.
      let length = Int(bits % 31)
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
      let allowingBreaks = text.unicodeScalars.contains {
        $0 != "\n" && $0 != "\t" && Sanitizer.isForbidden($0.value)
      }
      #expect(
        Sanitizer.containsForbidden(text, allowingLineBreaksAndTabs: true) == allowingBreaks,
        "\(text.unicodeScalars.map(\.value))")
    }
  }

  /// `ByteWords.isPrintableASCII` against a byte-by-byte check: every byte
  /// value at every place of a word, and words of bytes near the edges.
  @Test func printableWordsMatchBytes() {
    func check(_ bytes: [UInt8]) {
      let word = bytes.withUnsafeBufferPointer { ByteWords.word($0, at: 0) }
      let reference = bytes.allSatisfy { (0x20...0x7E).contains($0) }
      #expect(ByteWords.isPrintableASCII(word) == reference, "\(bytes)")
    }
    for place in 0..<8 {
      for value in UInt8.min...UInt8.max {
        var bytes = Array("abcdefgh".utf8)
        bytes[place] = value
        check(bytes)
      }
    }
    let edges: [UInt8] = [0x00, 0x01, 0x0A, 0x1F, 0x20, 0x21, 0x61, 0x7E, 0x7F, 0x80, 0xA0, 0xFF]
    var state: UInt64 = 1989
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      check((0..<8).map { edges[Int((state >> (8 * UInt64($0))) % UInt64(edges.count))] })
    }
  }

  @Test func scalarStartsMatchBytes() {
    for text in Self.texts().prefix(500) {
      let bytes = Array(text.utf8)
      for start in 0...bytes.count {
        for end in start...bytes.count {
          let reference = bytes[start..<end].count { $0 & 0xC0 != 0x80 }
          let counted = bytes.withUnsafeBufferPointer {
            ByteWords.scalarStarts(in: $0, from: start, to: end)
          }
          #expect(counted == reference)
        }
      }
    }
  }
}

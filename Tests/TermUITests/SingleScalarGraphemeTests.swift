import Testing
import TextLayout

/// The scalar walk (`Buffer.put`, `DisplayWidth.of`) is right only if every
/// scalar it accepts is a character of its own, whatever stands next to it.
@Suite struct SingleScalarGraphemeTests {
  /// Every scalar the fast path accepts. CR is left out: CR LF is one
  /// character, but both are zero-width and skipped by either walk.
  static let accepted: [Unicode.Scalar] = (0...0x10FFFF).compactMap(Unicode.Scalar.init)
    .filter { SingleScalarGraphemes.standsAlone($0) && $0 != "\r" }

  @Test func everyAcceptedScalarIsACharacterNextToEveryOther() {
    // Grapheme breaks depend on the scalars on either side: put each one
    // on both sides of every other.
    for scalar in Self.accepted {
      var text = String.UnicodeScalarView()
      for other in Self.accepted {
        text.append(scalar)
        text.append(other)
      }
      let string = String(text)
      #expect(string.count == text.count, "\(scalar.value) joins a neighbour")
      #expect(SingleScalarGraphemes.holds(in: string))
    }
  }

  @Test func combiningMarksAndEmojiSequencesAreRefused() {
    #expect(!SingleScalarGraphemes.holds(in: "e\u{301}"))
    #expect(!SingleScalarGraphemes.holds(in: "👩‍💻"))
    #expect(!SingleScalarGraphemes.holds(in: "🇩🇪"))
    #expect(!SingleScalarGraphemes.holds(in: "한"))
    #expect(SingleScalarGraphemes.holds(in: "Größe – „Zitat“ → ┌─┐ █ ● ◆ ▲ …"))
  }

  @Test func widthIsTheSameByScalarsAndByCharacters() {
    for text in ["Größe", "e\u{301}x", "日本", "┌──┐", "👩‍💻 ok", "a\r\nb", ""] {
      let byCharacters = text.reduce(0) { $0 + DisplayWidth.of($1) }
      #expect(DisplayWidth.of(text) == byCharacters, "\(text)")
    }
  }
}

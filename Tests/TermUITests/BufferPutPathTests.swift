import KioskCore
import TerminalKit
import Testing

@testable import TermUI
@testable import TextLayout

/// `Buffer.put` writes text of one-column scalars (nearly all) straight
/// from its bytes, other text of one scalar per character scalar by
/// scalar, and the rest character by character. Whatever the path, the
/// buffer must end as writing the text one character at a time leaves it,
/// over cells that already hold wide characters, at every offset and limit.
@Suite struct BufferPutPathTests {
  static let texts =
    WrapPathTests.texts.prefix(60).map { String($0.prefix(90)) } + [
      "Größe – „Zitat“ → …", "e\u{301}tude", "caf\u{E9} cafe\u{301}", "a🇩🇪b", "한국어 text",
      "👩‍💻 at work", "1951’s “ICEM”", "日本語", "↔\u{FE0F} x", "a\u{200D}b", "ASCII only",
      "tab\there", "C1\u{85}next", "soft\u{AD}hyphen", "box ─┐ and ←",
    ]

  @Test func everyPathLeavesTheBufferAsCharacterByCharacterDoes() {
    let size = Size(width: 24, height: 1)
    for asciiOnly in [false, true] {
      for text in Self.texts {
        for x in [-2, 0, 1, 7] {
          for limit in [nil, 10, 23] {
            var written = Self.background(size, asciiOnly: asciiOnly)
            var expected = written
            let used = written.put(text, x: x, y: 0, style: .accent, limit: limit)
            let expectedUsed = Self.characterByCharacter(
              text, into: &expected, x: x, limit: limit ?? size.width)
            let place =
              "\(text.prefix(20)) at \(x), limit \(String(describing: limit)), ascii \(asciiOnly)"
            #expect(written == expected, "\(place)")
            #expect(used == expectedUsed, "\(place)")
          }
        }
      }
    }
  }

  /// Rules and frame sides: `putRepeated` and `putDown` must leave the
  /// buffer as writing the character once per cell with `put` does.
  @Test func rulesAndSidesLeaveTheBufferAsPutDoes() {
    let size = Size(width: 24, height: 1)
    for asciiOnly in [false, true] {
      for character: Character in ["─", "│", "字", "x", "é"] {
        for x in [-2, 0, 1, 7] {
          for (count, limit) in [(1, nil), (5, 10), (30, nil), (3, 23)] {
            var written = Self.background(size, asciiOnly: asciiOnly)
            var expected = written
            let used = written.putRepeated(
              character, count: count, x: x, y: 0, style: .accent, limit: limit)
            let expectedUsed = Self.characterByCharacter(
              String(repeating: character, count: count), into: &expected, x: x,
              limit: limit ?? size.width)
            let place = "\(character) ×\(count) at \(x), ascii \(asciiOnly)"
            #expect(written == expected, "\(place)")
            #expect(used == expectedUsed, "\(place)")
          }
        }
        for x in [0, 1, 22] {
          var written = Buffer(size: Size(width: 24, height: 3), asciiOnly: asciiOnly)
          for row in 0..<3 { written.put("字a字bc字字d字字字", x: 0, y: row, style: .muted) }
          var expected = written
          written.putDown(character, x: x, y: 1, count: 5, style: .accent)
          for row in 1..<3 { expected.put(String(character), x: x, y: row, style: .accent) }
          #expect(written == expected, "\(character) down at \(x), ascii \(asciiOnly)")
        }
      }
    }
  }

  /// A symbol's ready-made glyph writes what its character does, on both
  /// kinds of terminal, and is one column wide on both.
  @Test func symbolsWriteWhatTheirCharactersWrite() {
    let size = Size(width: 24, height: 3)
    for asciiOnly in [false, true] {
      for symbol in Symbol.allCases {
        let character = symbol.character
        #expect(DisplayWidth.of(character) == 1, "\(symbol)")
        #expect(DisplayWidth.of(Transliteration.glyph(character)) == 1, "\(symbol)")
        for x in [-1, 0, 5, 23] {
          var bySymbol = Self.background(size, asciiOnly: asciiOnly)
          var byCharacter = bySymbol
          let used = bySymbol.putRepeated(symbol, count: 4, x: x, y: 1, style: .accent, limit: 20)
          #expect(
            used
              == byCharacter.putRepeated(character, count: 4, x: x, y: 1, style: .accent, limit: 20)
          )
          bySymbol.putDown(symbol, x: x, y: 0, count: 3, style: .muted)
          byCharacter.putDown(character, x: x, y: 0, count: 3, style: .muted)
          #expect(bySymbol == byCharacter, "\(symbol) at \(x), ascii \(asciiOnly)")
        }
      }
    }
  }

  /// A filled area is what writing blanks over it row by row leaves,
  /// wide characters cut at its edges included.
  @Test func fillLeavesTheBufferAsPuttingBlanksDoes() {
    let size = Size(width: 24, height: 3)
    for asciiOnly in [false, true] {
      for (x, width) in [(-3, 6), (0, 24), (1, 1), (2, 5), (7, 30), (23, 1), (24, 2)] {
        let rect = Rect(x: x, y: -1, width: width, height: 3)
        var filled = Self.background(size, asciiOnly: asciiOnly)
        filled.put("a字b字", x: 0, y: 1, style: .text)
        var expected = filled
        filled.fill(rect, style: .selected)
        for row in 0..<2 {
          expected.put(
            String(repeating: " ", count: width), x: x, y: row, style: .selected,
            limit: min(x + width, size.width))
        }
        #expect(filled == expected, "fill \(x)+\(width), ascii \(asciiOnly)")
      }
    }
  }

  /// A row of wide and narrow characters to write over.
  static func background(_ size: Size, asciiOnly: Bool) -> Buffer {
    var buffer = Buffer(size: size, asciiOnly: asciiOnly)
    buffer.put("字a字bc字字d字", x: 0, y: 0, style: .muted)
    buffer.put("字", x: size.width - 2, y: 0, style: .muted)
    return buffer
  }

  /// Writes `text` one character at a time, each as a text of its own.
  static func characterByCharacter(_ text: String, into buffer: inout Buffer, x: Int, limit: Int)
    -> Int
  {
    var column = x
    for original in text {
      let character = buffer.asciiOnly ? Transliteration.glyph(original) : original
      let width = DisplayWidth.of(character)
      if width == 0 { continue }
      if column + width > min(limit, buffer.size.width) { break }
      if column >= 0 {
        buffer.put(String(character), x: column, y: 0, style: .accent, limit: column + width)
      }
      column += width
    }
    return max(0, column - x)
  }
}

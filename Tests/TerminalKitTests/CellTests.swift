import TerminalKit
import Testing

/// A cell packs its glyph, style and continuation mark into one integer:
/// whatever goes in must come out unchanged.
@Suite struct CellTests {
  @Test func textsComeBackExactly() {
    let texts = [
      " ", "a", "ä", "─", "日", "", "e\u{301}", "\u{E9}", "👩‍💻", "🇩🇪", "\u{0}", "ab",
    ]
    for text in texts {
      #expect(Cell(text).text == text, "\(text.debugDescription)")
      #expect(Cell(text).text.unicodeScalars.elementsEqual(text.unicodeScalars))
    }
  }

  @Test func equalTextsAreEqualGlyphsAndDifferentOnesAreNot() {
    #expect(Glyph("e\u{301}") == Glyph("e\u{301}"))
    // Canonically equivalent, but not the same scalars: a terminal gets
    // different bytes, so the painter must see a change.
    #expect(Glyph("e\u{301}") != Glyph("\u{E9}"))
    #expect(Glyph("") != Glyph("\u{0}"))
    #expect(Glyph(Character("👩‍💻")) == Glyph("👩‍💻"))
    #expect(Glyph(Character("x")) == Glyph(Unicode.Scalar("x")))
  }

  @Test func everyStyleAndMarkSurvivesPacking() {
    for role in Role.allCases {
      for flags in 0..<8 {
        let style = Style(
          role, bold: flags & 1 != 0, reverse: flags & 2 != 0, underline: flags & 4 != 0)
        for isContinuation in [false, true] {
          var cell = Cell("─", style, isContinuation: isContinuation)
          #expect(cell.style == style)
          #expect(cell.isContinuation == isContinuation)
          #expect(cell.text == "─")
          cell.style = .selected
          #expect(cell.style == .selected && cell.text == "─")
          #expect(cell.isContinuation == isContinuation)
        }
      }
    }
  }

  @Test func bufferKeepsGraphemesOfManyScalarsWhole() {
    var buffer = Buffer(size: Size(width: 6, height: 1))
    #expect(buffer.put("e\u{301}👩‍💻x", x: 0, y: 0, style: .text) == 4)
    #expect(buffer[0, 0].text == "e\u{301}")
    #expect(buffer[1, 0].text == "👩‍💻")
    #expect(buffer[2, 0].isContinuation)
    #expect(buffer[3, 0].text == "x")
    #expect(buffer.lines == ["e\u{301}👩‍💻x  "])
  }

  @Test func rowsCompareByContent() {
    var one = Buffer(size: Size(width: 4, height: 2))
    var two = Buffer(size: Size(width: 4, height: 2))
    one.put("ab", x: 0, y: 0, style: .text)
    two.put("ab", x: 0, y: 0, style: .text)
    two.put("c", x: 3, y: 1, style: .text)
    #expect(one.rowIsSame(0, as: two))
    #expect(!one.rowIsSame(1, as: two))
    two.put("b", x: 1, y: 0, style: .muted)
    #expect(!one.rowIsSame(0, as: two))
    #expect(!one.rowIsSame(0, as: Buffer(size: Size(width: 5, height: 2))))
  }
}

extension CellTests {
  /// `putDown` and `putRepeated` write what `put` writes, clipped alike.
  @Test func repeatedWritesMatchPut() {
    for asciiOnly in [false, true] {
      for character: Character in ["│", "日", "x"] {
        for x in -2...5 {
          for y in -2...4 {
            let size = Size(width: 5, height: 3)
            var expected = Buffer(size: size, asciiOnly: asciiOnly)
            var down = Buffer(size: size, asciiOnly: asciiOnly)
            for row in y..<(y + 3) { expected.put(String(character), x: x, y: row, style: .muted) }
            down.putDown(character, x: x, y: y, count: 3, style: .muted)
            #expect(down == expected, "\(character) down from \(x),\(y)")

            var across = Buffer(size: size, asciiOnly: asciiOnly)
            let string = String(repeating: String(character), count: 3)
            let used = expected.put(string, x: x, y: 1, style: .text, limit: 4)
            #expect(
              across.putRepeated(character, count: 3, x: x, y: 1, style: .text, limit: 4) == used)
            expected = Buffer(size: size, asciiOnly: asciiOnly)
            expected.put(string, x: x, y: 1, style: .text, limit: 4)
            #expect(across == expected, "\(character) across from \(x)")
          }
        }
      }
    }
  }
}

extension CellTests {
  @Test func sameStyleIsSeenWhateverTheText() {
    let styles: [Style] = [.text, .muted, .selected, Style(.accent, underline: true), .warning]
    for one in styles {
      for other in styles {
        let a = Cell("a", one)
        let b = Cell("日", other, isContinuation: true)
        #expect(a.hasStyle(of: b) == (one == other))
      }
    }
  }
}

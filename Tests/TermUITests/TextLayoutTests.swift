import KioskCore
import TermUI
import TerminalKit
import Testing
import TextLayout

@Suite struct TextLayoutTests {
  @Test func displayWidthCountsColumnsNotBytes() {
    #expect(DisplayWidth.of("Größe") == 5)
    #expect(DisplayWidth.of("’ “ ” – →") == 9)
    #expect(DisplayWidth.of("e\u{301}") == 1)  // e + combining acute
    #expect(DisplayWidth.of("日本") == 4)
  }

  @Test func wrapBreaksAtSpacesByWidth() {
    #expect(
      Wrap.lines("Zwischenstaatlicher Ausschuss für Europäische Migration", width: 20) == [
        "Zwischenstaatlicher", "Ausschuss für", "Europäische", "Migration",
      ])
  }

  @Test func wrapKeepsParagraphs() {
    #expect(Wrap.lines("one two\n\nthree", width: 10) == ["one two", "", "three"])
  }

  @Test func wrapNeverCutsACharacterInHalf() {
    let lines = Wrap.lines("日本語のテキスト", width: 5)
    #expect(lines == ["日本", "語の", "テキ", "スト"])
    for line in lines { #expect(DisplayWidth.of(line) <= 5) }
  }

  @Test func truncateEndsWithAnEllipsis() {
    #expect(Wrap.truncate("Resettlement and admission", width: 12) == "Resettlemen…")
    #expect(Wrap.truncate("short", width: 12) == "short")
    #expect(Wrap.truncate("日本語", width: 4) == "日…")
  }

  @Test func sanitizerRemovesEverythingATerminalWouldObey() {
    let hostile =
      "A\u{1B}[2JB\u{1B}]8;;https://x\u{07}C\u{1B}]52;c;aGk=\u{1B}\\D\u{07}E\u{202E}F\u{9B}31mG\u{1B}PqH\u{1B}\\I"
    #expect(Sanitizer.clean(hostile) == "ABCDEFGI")
    #expect(Sanitizer.clean("tab\there") == "tab here")
    #expect(Sanitizer.clean("keep\nlines", keepNewlines: true) == "keep\nlines")
    #expect(Sanitizer.clean("ä ö ü ß – →") == "ä ö ü ß – →")
  }

  @Test func bufferClipsAndKeepsWideCharactersWhole() {
    var buffer = Buffer(size: Size(width: 5, height: 2))
    #expect(buffer.put("日本語", x: 0, y: 0, style: .text) == 4)
    #expect(buffer.lines == ["日本 ", "     "])
    buffer.put("x", x: 1, y: 0, style: .text)  // overwrites the right half of 日
    #expect(buffer.lines == [" x本 ", "     "])
    buffer.put("far away", x: 3, y: 5, style: .text)
    buffer.put("abcdef", x: -2, y: 1, style: .text)
    #expect(buffer.lines == [" x本 ", "cdef "])
  }
}

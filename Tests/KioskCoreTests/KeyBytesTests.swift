import KioskCore
import Testing

/// The plain mode reads raw bytes: the sequences terminals send.
@Suite struct KeyBytesTests {
  @Test func arrowsAndPagingFromXtermAndTheConsole() {
    #expect(
      KeyBytes.decode(Array("\u{1B}[A\u{1B}[B\u{1B}OC\u{1B}OD".utf8)) == [
        .up, .down, .right, .left,
      ])
    #expect(
      KeyBytes.decode(Array("\u{1B}[5~\u{1B}[6~\u{1B}[1~\u{1B}[4~\u{1B}[H\u{1B}[F".utf8)) == [
        .pageUp, .pageDown, .home, .end, .home, .end,
      ])
    #expect(KeyBytes.decode(Array("\u{1B}[Z\t\r".utf8)) == [.backTab, .tab, .enter])
  }

  @Test func textControlKeysAndALoneEscape() {
    #expect(
      KeyBytes.decode(Array("qä?".utf8)) == [.character("q"), .character("ä"), .character("?")])
    #expect(KeyBytes.decode([0x03, 0x18, 0x7F]) == [.control("c"), .control("x"), .backspace])
    #expect(KeyBytes.decode([0x1B]) == [.escape])
    #expect(KeyBytes.decode([0x1B, 0x1B]) == [.escape, .escape])
  }

  @Test func unknownSequencesAreDroppedWhole() {
    #expect(
      KeyBytes.decode(Array("\u{1B}[99~j\u{1B}[?1;2c\u{1B}xk".utf8)) == [
        .character("j"), .character("k"),
      ])
    // A sequence cut off at the end of the read is dropped, not half-read.
    #expect(KeyBytes.decode(Array("j\u{1B}[1;5".utf8)) == [.character("j")])
  }
}

import TerminalKit
import Testing

/// The keys in bytes that are all there is, as the decoder reads them when
/// no more input comes: the sequences terminals send.
@Suite struct KeySequenceTests {
  static func keys(_ bytes: [UInt8]) -> [Key] {
    var decoder = InputDecoder()
    decoder.append(bytes)
    var keys: [Key] = []
    while let event = decoder.next() ?? decoder.finish() {
      if case .key(let key) = event { keys.append(key) }
    }
    return keys
  }

  @Test func arrowsAndPagingFromXtermAndTheConsole() {
    #expect(
      Self.keys(Array("\u{1B}[A\u{1B}[B\u{1B}OC\u{1B}OD".utf8)) == [
        .up, .down, .right, .left,
      ])
    #expect(
      Self.keys(Array("\u{1B}[5~\u{1B}[6~\u{1B}[1~\u{1B}[4~\u{1B}[H\u{1B}[F".utf8)) == [
        .pageUp, .pageDown, .home, .end, .home, .end,
      ])
    #expect(Self.keys(Array("\u{1B}[Z\t\r".utf8)) == [.backTab, .tab, .enter])
  }

  @Test func textControlKeysAndALoneEscape() {
    #expect(
      Self.keys(Array("qä?".utf8)) == [.character("q"), .character("ä"), .character("?")])
    #expect(Self.keys([0x03, 0x18, 0x7F]) == [.control("c"), .control("x"), .backspace])
    #expect(Self.keys([0x1B]) == [.escape])
    #expect(Self.keys([0x1B, 0x1B]) == [.escape, .escape])
  }

  @Test func unknownSequencesAreDroppedWhole() {
    #expect(
      Self.keys(Array("\u{1B}[99~j\u{1B}[?1;2c\u{1B}xk".utf8)) == [
        .character("j"), .character("k"),
      ])
    // A sequence cut off at the end of the read is dropped, not half-read.
    #expect(Self.keys(Array("j\u{1B}[1;5".utf8)) == [.character("j")])
  }

  @Test func aPasteIsDroppedAndFunctionKeysAreRead() {
    #expect(Self.keys(Array("\u{1B}[200~x\u{1B}[201~y".utf8)) == [.character("y")])
    #expect(
      Self.keys(Array("\u{1B}OP\u{1B}[15~\u{1B}[24~".utf8)) == [
        .function(1), .function(5), .function(12),
      ])
  }
}

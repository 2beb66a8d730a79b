import Testing

@testable import TerminalKit

/// The kiosk reads the terminal's bytes itself: every key, click and paste
/// must come out the same however the bytes were split between reads.
@Suite struct InputDecoderTests {
  /// Everything in `chunks`, read one after another, then the end of input.
  static func events(_ chunks: [[UInt8]], keySequences: [([UInt8], Key)] = [])
    -> [InputDecoder.Event]
  {
    var decoder = InputDecoder(keySequences: keySequences)
    var events: [InputDecoder.Event] = []
    for chunk in chunks {
      decoder.append(chunk)
      while let event = decoder.next() { events.append(event) }
    }
    while let event = decoder.finish() ?? decoder.next() { events.append(event) }
    return events
  }

  static func events(_ text: String, keySequences: [([UInt8], Key)] = []) -> [InputDecoder.Event] {
    events([Array(text.utf8)], keySequences: keySequences)
  }

  static let linuxF1: [([UInt8], Key)] = [(Array("\u{1B}[[A".utf8), .function(1))]

  /// A session of everything the decoder knows, in one string.
  static let session =
    "q\u{1B}[A\u{1B}OB\u{1B}[5~ä€😀\t\r\u{1B}[<0;12;3M\u{1B}[<0;12;3m\u{1B}[M !!"
    + "\u{1B}]11;rgb:0000/0000/0000\u{7}\u{1B}[200~pasted\u{1B}[A text\u{1B}[201~"
    + "\u{1B}x\u{1B}\u{1B}[Z\u{1B}[1;5B\u{1B}[[A\u{1B}P1$r0m\u{1B}\\\u{1B}[?1;2c\u{3}k"

  @Test func theSessionDecodesAsAVisitorMeantIt() {
    let expected: [InputDecoder.Event] = [
      .key(.character("q")), .key(.up), .key(.down), .key(.pageUp),
      .key(.character("ä")), .key(.character("€")), .key(.character("😀")),
      .key(.tab), .key(.enter),
      .pointer(PointerReport(.press, button: 0, column: 11, row: 2)),
      .pointer(PointerReport(.release, button: 0, column: 11, row: 2)),
      .pointer(PointerReport(.press, button: 0, column: 0, row: 0)),
      .key(.escape), .key(.backTab), .key(.down), .key(.function(1)),
      // The terminal's answer to the device-attributes question: no key.
      .report(.deviceAttributes([1, 2])),
      .key(.control("c")), .key(.character("k")),
    ]
    #expect(Self.events(Self.session, keySequences: Self.linuxF1) == expected)
  }

  @Test func everySplitBetweenTwoReadsGivesTheSameEvents() {
    let bytes = Array(Self.session.utf8)
    let whole = Self.events([bytes], keySequences: Self.linuxF1)
    for cut in 1..<bytes.count {
      let split = Self.events(
        [Array(bytes[..<cut]), Array(bytes[cut...])], keySequences: Self.linuxF1)
      #expect(split == whole, "cut at byte \(cut)")
    }
    let byteByByte = Self.events(bytes.map { [$0] }, keySequences: Self.linuxF1)
    #expect(byteByByte == whole)
  }

  @Test func aLoneEscapeWaitsForTheEndOfInput() {
    var decoder = InputDecoder()
    #expect(decoder.wait(otherwise: -1) == -1)
    decoder.append([0x1B])
    #expect(decoder.next() == nil)
    #expect(decoder.isWaiting)
    // A moment for the rest of a sequence, however long the caller would wait.
    #expect(decoder.wait(otherwise: -1) == 25)
    #expect(decoder.wait(otherwise: 5_000) == 25)
    #expect(decoder.finish() == .key(.escape))
    #expect(!decoder.isWaiting)
    #expect(decoder.wait(otherwise: 5_000) == 5_000)
    // An unfinished sequence is dropped whole, not read as keys.
    decoder.append(Array("\u{1B}[1;5".utf8))
    #expect(decoder.next() == nil)
    #expect(decoder.finish() == nil)
    decoder.append(Array("j".utf8))
    #expect(decoder.next() == .key(.character("j")))
  }

  @Test func aPasteThatNeverEndsIsDroppedAndTypingGoesOn() {
    var decoder = InputDecoder()
    decoder.append(Array("\u{1B}[200~some pasted text".utf8))
    #expect(decoder.next() == nil)
    #expect(decoder.isInPaste)
    #expect(decoder.wait(otherwise: -1) == 200)
    #expect(decoder.finish() == nil)
    #expect(!decoder.isInPaste)
    decoder.append(Array("\u{1B}[B".utf8))
    #expect(decoder.next() == .key(.down))
  }

  @Test func overlongSequencesAreDroppedAsTheyArriveAndTypingGoesOn() {
    let sequence = "\u{1B}[" + String(repeating: "1;", count: 5_000) + "m"
    let string = "\u{1B}]" + String(repeating: "x", count: 10_000) + "\u{1B}\\"
    let bytes = Array(("a" + sequence + "b" + string + "c").utf8)
    for size in [1, 7, 100, 4_096] {
      let chunks = stride(from: 0, to: bytes.count, by: size).map {
        Array(bytes[$0..<min($0 + size, bytes.count)])
      }
      #expect(
        Self.events(chunks) == [
          .key(.character("a")), .key(.character("b")), .key(.character("c")),
        ],
        "read \(size) bytes at a time")
    }
    // Unended, they are not held whole while they go on arriving.
    for start in ["\u{1B}[", "\u{1B}]"] {
      var decoder = InputDecoder()
      decoder.append(Array(start.utf8))
      for _ in 0..<100 {
        decoder.append(Array(repeating: UInt8(ascii: "1"), count: 100))
        #expect(decoder.next() == nil)
      }
      #expect(decoder.isWaiting)
      #expect(decoder.heldByteCount <= 4_096 + 100, "\(start.utf8.dropFirst().first!)")
    }
  }

  @Test func theTerminalsOwnSequencesWinOverTheCommonForms() {
    // An old terminal whose Down is ESC [ 11 ^ and whose F5 begins like Up.
    let own: [([UInt8], Key)] = [
      (Array("\u{1B}[11^".utf8), .down), (Array("\u{1B}[Ax".utf8), .function(5)),
      ([0x7F], .backspace),
    ]
    #expect(
      Self.events("\u{1B}[11^\u{1B}[Ax\u{1B}[A", keySequences: own) == [
        .key(.down), .key(.function(5)), .key(.up),
      ])
    // Without a table: the Linux console's F1 is F1, not the letter A.
    #expect(Self.events("\u{1B}[[Aj") == [.key(.function(1)), .key(.character("j"))])
  }

  @Test func mouseReportsInBothEncodings() {
    // X10: button, column and row each plus 32, from 1; a release names no button.
    #expect(
      Self.events("\u{1B}[M !!\u{1B}[M#!!") == [
        .pointer(PointerReport(.press, button: 0, column: 0, row: 0)),
        .pointer(PointerReport(.release, column: 0, row: 0)),
      ])
    #expect(
      Self.events("\u{1B}[M`++\u{1B}[Ma++") == [
        .pointer(PointerReport(.wheelUp, column: 10, row: 10)),
        .pointer(PointerReport(.wheelDown, column: 10, row: 10)),
      ])
    // SGR, with a modifier; movement (32) and broken reports are dropped.
    #expect(
      Self.events("\u{1B}[<16;200;100M\u{1B}[<32;5;5M\u{1B}[<0;0;5M\u{1B}[<0;5M") == [
        .pointer(PointerReport(.press, button: 0, column: 199, row: 99))
      ])
    #expect(
      Self.events("\u{1B}[<65;3;4M") == [.pointer(PointerReport(.wheelDown, column: 2, row: 3))])
  }

}

/// Presses and releases become the clicks and taps a visitor means.
@Suite struct ClicksTests {
  static func press(_ column: Int, _ row: Int, button: Int = 0) -> PointerReport {
    PointerReport(.press, button: button, column: column, row: row)
  }

  @Test func aPressAndReleaseIsAClickWhereItWentDown() {
    var clicks = Clicks()
    #expect(clicks.event(for: Self.press(4, 2), at: 0) == nil)
    // A finger that slid, and a slow tap: still a click where it touched.
    let release = PointerReport(.release, column: 6, row: 2)
    #expect(clicks.event(for: release, at: 3) == MouseEvent(.click, column: 4, row: 2))
  }

  @Test func twoQuickClicksOnOneCellAreADoubleClickAndAThirdStartsAgain() {
    var clicks = Clicks()
    var kinds: [MouseEvent.Kind?] = []
    for time in [0.0, 0.2, 0.3] {
      _ = clicks.event(for: Self.press(1, 1), at: time)
      kinds.append(
        clicks.event(for: PointerReport(.release, button: 0, column: 1, row: 1), at: time)?.kind)
    }
    #expect(kinds == [.click, .doubleClick, .click])
    // Too slow, or on another cell: two clicks.
    _ = clicks.event(for: Self.press(1, 1), at: 5)
    #expect(clicks.event(for: PointerReport(.release, column: 1, row: 1), at: 5)?.kind == .click)
    _ = clicks.event(for: Self.press(2, 1), at: 5.1)
    #expect(clicks.event(for: PointerReport(.release, column: 2, row: 1), at: 5.1)?.kind == .click)
  }

  @Test func otherButtonsAreNotClicksAndTheWheelScrolls() {
    var clicks = Clicks()
    _ = clicks.event(for: Self.press(1, 1, button: 2), at: 0)
    #expect(clicks.event(for: PointerReport(.release, column: 1, row: 1), at: 0) == nil)
    #expect(clicks.event(for: PointerReport(.release, button: 1, column: 1, row: 1), at: 1) == nil)
    #expect(
      clicks.event(for: PointerReport(.wheelUp, column: 3, row: 4), at: 2)
        == MouseEvent(.wheelUp, column: 3, row: 4))
  }
}

@Suite struct TerminalReportTests {
  func events(_ text: String) -> [InputDecoder.Event] {
    var decoder = InputDecoder()
    decoder.append(Array(text.utf8))
    var events: [InputDecoder.Event] = []
    while let event = decoder.next() { events.append(event) }
    return events
  }

  @Test func deviceAttributesAreAReportNotKeys() {
    #expect(
      events("\u{1B}[?63;1;2;4;6;9;15;22cq")
        == [.report(.deviceAttributes([63, 1, 2, 4, 6, 9, 15, 22])), .key(.character("q"))])
    #expect(events("\u{1B}[?1;2c") == [.report(.deviceAttributes([1, 2]))])
  }

  @Test func kittysAnswerIsAReport() {
    #expect(events("\u{1B}_Gi=31;OK\u{1B}\\") == [.report(.kittyGraphics)])
    // A refusal, or another string, says nothing.
    #expect(events("\u{1B}_Gi=31;ENOTSUPPORTED:no\u{1B}\\").isEmpty)
    #expect(events("\u{1B}]11;rgb:0000/0000/0000\u{1B}\\").isEmpty)
  }
}

import BuiltInContent
import HistoryContent
import KioskCore
import PropertyBased
import TermUI
import TerminalKit
import Testing

/// The search as a visitor sees it: the line, the results, a result read
/// with its matches marked, in both languages and on an ASCII terminal.
@Suite struct SearchScreenTests {
  static let kiosk = Kiosk(content: BuiltInContent.content)
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  func state(_ keys: [Key], size: Size = Size(width: 80, height: 24), asciiOnly: Bool = false)
    -> AppState
  {
    let kiosk = Self.kiosk
    var state = kiosk.initialState(size: size)
    state.asciiOnly = asciiOnly
    return keys.reduce(state) { kiosk.reduce($0, .key($1), at: 0) }
  }

  func typing(_ text: String) -> [Key] { [.character("/")] + text.map(Key.character) }

  @Test(arguments: sizes)
  func theEmptyLineSaysWhatToType(size: Size) {
    let lines = Renderer(Self.kiosk).render(state([.character("/")], size: size)).lines
    Snapshot.assert(lines, named: "search-empty-\(size)")
  }

  @Test(arguments: sizes)
  func resultsForAWord(size: Size) {
    let lines = Renderer(Self.kiosk).render(state(typing("germany"), size: size)).lines
    Snapshot.assert(lines, named: "search-germany-\(size)")
  }

  @Test func germanResultsWithAndWithoutUmlauts() {
    let umlauts = Renderer(Self.kiosk).render(state([.character("L")] + typing("flüchtlinge")))
    let plain = Renderer(Self.kiosk).render(state([.character("L")] + typing("fluechtlinge")))
    Snapshot.assert(umlauts.lines, named: "search-german-fluechtlinge-80x24")
    // The same results, whichever spelling was typed.
    #expect(Array(umlauts.lines[1...20]) == Array(plain.lines[1...20]))
  }

  @Test func asciiTerminal() {
    let buffer = Renderer(Self.kiosk).render(state(typing("iom 1989") + [.down], asciiOnly: true))
    Snapshot.assert(buffer.lines, named: "search-ascii-80x24")
    #expect(buffer.lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
  }

  @Test func nothingFoundSaysWhatToTry() {
    let english = Renderer(Self.kiosk).render(state(typing("xylophone"))).lines.joined()
    #expect(english.contains("Nothing found for “xylophone”."))
    #expect(english.contains("or a year such as 1989"))
    let german = Renderer(Self.kiosk).render(state([.character("L")] + typing("xylophon")))
    #expect(german.lines.joined().contains("Nichts gefunden für „xylophon“."))
  }

  @Test func aResultReadHasItsMatchesMarked() {
    let reading = state(typing("brussels") + [.enter])
    let buffer = Renderer(Self.kiosk).render(reading)
    Snapshot.assert(buffer.lines, named: "search-reading-brussels-80x24")
    // Every "Brussels" in the text (the title bar aside) is drawn in the highlight style.
    var marked = 0
    for (row, line) in buffer.lines.enumerated() where row > 0 {
      let characters = Array(line)
      var start = 0
      while let range = String(characters[start...]).range(of: "Brussels") {
        let column =
          start
          + String(characters[start...]).distance(
            from: String(characters[start...]).startIndex, to: range.lowerBound)
        let cell = buffer.cells[row * buffer.size.width + column]
        #expect(cell.style == Style(.highlight, bold: true, reverse: true), "row \(row)")
        marked += 1
        start = column + 8
      }
    }
    #expect(marked >= 2)
  }

  /// Whatever bytes arrive while the search line is open, typed or pasted,
  /// nothing a terminal would obey reaches the screen.
  @Test func noBytesReachTheScreenRaw() async {
    let kiosk = Self.kiosk
    let bytes = Gen.int(in: 0...255).map { UInt8($0) }.array(of: 0...64)
    await propertyCheck(count: 300, input: bytes) { bytes in
      var decoder = InputDecoder()
      decoder.append([UInt8(ascii: "/")] + bytes)
      var state = kiosk.initialState(size: Size(width: 80, height: 24))
      while let event = decoder.next() {
        if case .key(let key) = event { state = kiosk.reduce(state, .key(key), at: 0) }
      }
      if let event = decoder.finish(), case .key(let key) = event {
        state = kiosk.reduce(state, .key(key), at: 0)
      }
      for line in Renderer(kiosk).render(state).lines {
        let bad = line.unicodeScalars.first { scalar in
          scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }
        #expect(bad == nil, "\(bytes): \(line)")
      }
    }
  }
}

import HistoryContent
import TerminalKit
import Testing

@testable import KioskCore

/// Folding, queries, ranking and the search's keys, on a small fixed content.
@Suite struct SearchTests {
  static let content: Content = {
    var content = Fixture.content
    content.events[1].title = LocalizedText([
      .english: "Refugees in Herat", .german: "Flüchtlinge in Herat",
    ])
    content.events[2].story = LocalizedText([
      .english: "A story about a street.", .german: "Eine Geschichte über eine Straße.",
    ])
    content.areas[0].sources = [
      Source(tag: "S", id: "herat-report", text: LocalizedText([.english: "Herat report"]))
    ]
    return content
  }()
  let kiosk = Kiosk(content: Self.content)
  let start = Kiosk(content: Self.content).initialState(size: Fixture.screen)

  func run(_ keys: [Key], from state: AppState? = nil) -> AppState {
    keys.reduce(state ?? start) { kiosk.reduce($0, .key($1), at: 0) }
  }

  func found(_ text: String) -> [ItemRef] {
    kiosk.results(SearchSession(text: text)).map(\.item)
  }

  @Test func foldingIgnoresCaseAccentsAndGermanSpelling() {
    let folded = ["Flüchtlinge", "fluechtlinge", "FLUCHTLINGE", "Fluchtlinge"].map {
      String(decoding: FoldedText($0).bytes, as: UTF8.self)
    }
    #expect(Set(folded) == ["fluchtlinge"])
    #expect(FoldedText("Straße").bytes == FoldedText("strasse").bytes)
    #expect(FoldedText("Genève").bytes == FoldedText("geneve").bytes)
  }

  @Test func aMatchIsMappedBackToTheOriginalCharacters() {
    let folded = FoldedText("Die Flüchtlinge")
    let range = folded.ranges(of: FoldedText("fluechtlinge").bytes).first!
    #expect(folded.characters(of: range) == 4..<15)
  }

  @Test func germanWordsAreFoundInEveryForm() {
    for text in ["Flüchtlinge", "fluechtlinge", "fluchtlinge"] {
      #expect(found(text) == [ItemRef(section: .timeline, index: 1)], "\(text)")
    }
    #expect(found("strasse") == [ItemRef(section: .timeline, index: 2)])
  }

  @Test func titlesRankAboveSources() {
    // "Herat" is in an event's title and in a work area's source.
    #expect(
      found("herat") == [ItemRef(section: .timeline, index: 1), ItemRef(section: .work, index: 0)])
  }

  @Test func everyWordMustMatch() {
    #expect(found("herat refugees") == [ItemRef(section: .timeline, index: 1)])
    #expect(found("herat nowhere").isEmpty)
  }

  @Test func yearsAndSpansFindTheItemsDatedThen() {
    #expect(found("1952") == [ItemRef(section: .timeline, index: 1)])
    #expect(
      found("1951-1954") == [0, 1, 2].map { ItemRef(section: .timeline, index: $0) })
    #expect(found("1951–1952 herat") == [ItemRef(section: .timeline, index: 1)])
    #expect(SearchQuery("12345").years == nil)
    #expect(found("2000").isEmpty)
  }

  @Test func slashOpensTheLineAndEscapeReturnsExactlyToThePlace() {
    let place = run([.tab, .down, .enter, .down])
    let searching = run([.character("/")], from: place)
    #expect(
      searching
        == {
          var s = place
          s.overlay = .search(SearchSession())
          return s
        }())
    #expect(searching.mode == .searchLine)
    let typed = run([.character("h"), .character("e"), .character("r")], from: searching)
    #expect(typed.search == SearchSession(text: "her"))
    #expect(run([.escape], from: typed) == place)
  }

  @Test func inTheLineEveryCharacterIsText() {
    let typed = run([.character("/"), .character("q"), .character("j"), .character("?")])
    #expect(typed.search?.text == "qj?")
    #expect(typed.isRunning)
    #expect(run([.backspace], from: typed).search?.text == "qj")
  }

  @Test func downLeavesTheLineAndMovesThroughTheResults() {
    let typed = run([.character("/")] + "herat".map { Key.character($0) })
    let results = run([.down], from: typed)
    #expect(results.search == SearchSession(text: "herat", cursor: 0, isOnLine: false))
    #expect(results.mode == .searchResults)
    #expect(run([.character("j")], from: results).search?.cursor == 1)
    #expect(run([.down, .down, .down], from: results).search?.cursor == 1)
    #expect(run([.character("/")], from: results).search?.isOnLine == true)
  }

  @Test func enterOpensTheResultAndEscapeGoesBackToTheResults() {
    let results = run([.character("/")] + "herat".map { Key.character($0) } + [.down, .down])
    let opened = run([.enter], from: results)
    #expect(opened.search?.opened == Reading(section: .work, index: 0))
    #expect(opened.mode == .searchReading)
    #expect(run([.escape], from: opened) == results)
    #expect(run([.escape, .escape], from: opened) == start)
  }

  @Test func nAndNJumpBetweenTheMatchesInTheText() {
    let filler = Array(repeating: "Filler sentence here.", count: 80).joined(separator: " ")
    var content = Self.content
    content.events[4].story = LocalizedText([
      .english: "Kabul first. \(filler) Kabul again. \(filler) Kabul at last.", .german: "Kabul.",
    ])
    let kiosk = Kiosk(content: content)
    func keys(_ keys: [Key], from state: AppState) -> AppState {
      keys.reduce(state) { kiosk.reduce($0, .key($1), at: 0) }
    }
    let opened = keys(
      [.character("/")] + "kabul".map { Key.character($0) } + [.enter],
      from: kiosk.initialState(size: Fixture.screen))
    let reading = opened.search!.opened!
    let lines = kiosk.matchLines(reading, SearchQuery("kabul"), opened)
    #expect(lines.count == 3)
    // Each match is brought to the second row, under a line of context.
    #expect(reading.scroll == lines[0] - 1)
    let second = keys([.character("n")], from: opened)
    #expect(second.search?.opened?.scroll == lines[1] - 1)
    #expect(keys([.character("n"), .character("N")], from: opened) == opened)
  }

  @Test func nothingFoundStaysOnTheLine() {
    let typed = run([.character("/")] + "zzz".map { Key.character($0) })
    #expect(run([.down], from: typed).mode == .searchLine)
    #expect(run([.enter], from: typed) == typed)
  }

  @Test func controlAndInvisibleCharactersAreNotTyped() {
    let typed = run([
      .character("/"), .character("\u{1B}"), .character("\u{202E}"), .character("a"),
    ])
    #expect(typed.search?.text == "a")
  }

  /// Found by the random sessions: a combining mark typed on its own took no
  /// column, and the terminal would have put it on the cell before the text.
  @Test func charactersThatTakeNoColumnAreNotTyped() {
    let typed = run([
      .character("/"), .character("\u{1732}"), .character("\u{2DE4}"), .character("a"),
      .character("\u{200B}"), .character("ü"),
    ])
    #expect(typed.search?.text == "aü")
  }

  @Test func theLineHoldsAtMostSixtyCharacters() {
    let typed = run([.character("/")] + Array(repeating: Key.character("x"), count: 100))
    #expect(typed.search?.text.count == SearchSession.maxLength)
  }

  @Test func kioskLockdownHoldsInTheSearchLine() {
    let kiosk = Kiosk(
      content: Self.content, settings: KioskSettings(isLockedDown: true, idleTimeout: 90))
    var state = kiosk.initialState(size: Fixture.screen)
    for key in [Key.character("/"), .character("q"), .control("c"), .function(10), .control("z")] {
      state = kiosk.reduce(state, .key(key), at: 1)
    }
    #expect(state.isRunning)
    #expect(state.search?.text == "q")
    // The idle reset forgets the search.
    let reset = kiosk.reduce(state, .tick, at: 200)
    #expect(reset.search == nil)
    #expect(reset.attract != nil)
  }
}

/// The short way for the commonest letters and marks folds them as the
/// general rule does.
@Suite struct FoldingTableTests {
  @Test func theCommonTableAgreesWithTheGeneralRule() {
    let common = "äÄöÖüÜéÉèÈ’‘“”„–—".unicodeScalars
    for scalar in common {
      var general: [UInt8] = []
      Folding.foldGenerally(scalar, into: &general)
      let short = Folding.foldCommon(scalar.value)
      #expect(short != nil && general == [short!], "\(scalar)")
    }
    // Nothing else takes the short way.
    let others = (0x80...0x3000).compactMap(Unicode.Scalar.init).filter { !common.contains($0) }
    #expect(others.allSatisfy { Folding.foldCommon($0.value) == nil })
  }
}

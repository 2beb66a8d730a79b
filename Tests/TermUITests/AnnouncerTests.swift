import BuiltInContent
import HistoryContent
import KioskCore
import TermUI
import TerminalKit
import Testing

/// The plain mode's lines: what changed, the focused item first.
@Suite struct AnnouncerTests {
  static let kiosk = Kiosk(content: BuiltInContent.content)
  let kiosk = AnnouncerTests.kiosk
  let start = AnnouncerTests.kiosk.initialState(size: Size(width: 80, height: 24))

  func after(_ keys: [Key], from state: AppState) -> AppState {
    keys.reduce(state) { kiosk.reduce($0, .key($1), at: 0) }
  }

  @Test func theFirstLinesNameThePaneTheItemAndTheKeys() {
    let lines = Announcer.lines(kiosk, from: nil, to: start)
    #expect(lines.count == 3)
    #expect(lines[0] == "Timeline")
    // The overview comes first: the whole story at a glance.
    #expect(lines[1] == "Event 1 of 22: IOM and Germany: the story at a glance")
    #expect(lines[2].hasPrefix("Keys: ↑↓ Select, Enter Open"))
  }

  @Test func movingSaysOnlyTheNewItem() {
    let moved = after([.down], from: start)
    #expect(
      Announcer.lines(kiosk, from: start, to: moved) == [
        "Event 2 of 22: 26 November – 5 December 1951. A migration conference meets in Brussels"
      ])
    #expect(Announcer.lines(kiosk, from: moved, to: moved).isEmpty)
  }

  @Test func aKeyFigureIsReadWithWhatItCounts() {
    let work = after([.character("2"), .down, .down], from: start)
    let line = Announcer.lines(kiosk, from: after([.down], from: work), to: work).first ?? ""
    #expect(
      line.contains(
        "more than 6,411 people supported through resettlement · since 2021 · according to IOM Germany [I]"
      ))
  }

  @Test func openingReadsTheWholeTextAParagraphALine() throws {
    let brussels = after([.down], from: start)
    let opened = after([.enter], from: brussels)
    let lines = Announcer.lines(kiosk, from: brussels, to: opened)
    #expect(lines.first == "26 November – 5 December 1951 · PICMME")
    #expect(
      lines.contains {
        $0.hasPrefix("From 26 November to 5 December 1951") && $0.hasSuffix("United States.")
      })
    // The sources in words a visitor can follow, after what the tags mean.
    let legend = "C confirmed outside IOM · I from IOM · S only IOM Germany’s page"
    let heading = try #require(lines.firstIndex(of: "Sources"))
    #expect(lines[heading + 1] == legend)
    #expect(
      lines[heading + 2]
        == "[C] US Department of State: Foreign Relations of the United States, 1951, vol. IV (history.state.gov)"
    )
  }

  /// A caption with no known credit names the gallery instead, as the
  /// screen does.
  @Test func aPhotoWithoutACreditNamesItsSource() throws {
    let index = try #require(kiosk.content.captions.firstIndex { $0.credit == nil })
    let photos = after([.character("3")], from: start)
    let photo = after(Array(repeating: .down, count: index), from: photos)
    let line = Announcer.lines(kiosk, from: photos, to: photo).first ?? ""
    #expect(line.hasSuffix("Credit line not recorded; source: IOM Germany’s online gallery"))
  }

  /// The help says what the sources' tags mean, in the reader's language.
  @Test func theHelpExplainsTheSourceTags() {
    let help = after([.character("?")], from: start)
    #expect(
      Announcer.lines(kiosk, from: start, to: help).contains(
        "Sources: C confirmed outside IOM · I from IOM · S only IOM Germany’s page"))
    let german = after([.character("L"), .character("?")], from: start)
    #expect(
      Announcer.lines(kiosk, from: start, to: german).contains(
        "Quellen: C extern bestätigt · I von der IOM · S nur bei IOM Deutschland"))
  }

  /// The plain stream never breaks inside a word: the gallery's address is
  /// longer than a console line and stands whole on a line of its own.
  @Test func aWordWiderThanTheLineStaysWhole() {
    let address =
      "https://germany.iom.int/70-years-partnership-between-iom-and-germany-photo-gallery"
    #expect(
      PlainText.wrapKeepingWords("Online gallery: \(address)", width: 80) == [
        "Online gallery:", address,
      ])
    #expect(
      PlainText.wrapKeepingWords("one two three four", width: 9) == ["one two", "three", "four"])
    #expect(
      PlainText.wrapKeepingWords("  indented and short", width: 80) == ["  indented and short"])
    #expect(PlainText.wrapKeepingWords("", width: 80) == [""])
  }

  @Test func theQuestionAndTheLanguageSwitch() {
    #expect(
      Announcer.lines(kiosk, from: start, to: after([.character("q")], from: start)) == [
        "Quit? (y/n)"
      ])
    let german = after([.character("L")], from: start)
    #expect(
      Announcer.lines(kiosk, from: start, to: german).first?.hasPrefix(
        "Ereignis 1 von 22: IOM und Deutschland: die Geschichte auf einen Blick") == true)
  }
}

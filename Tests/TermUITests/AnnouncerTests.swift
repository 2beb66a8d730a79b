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
    #expect(lines[1].hasPrefix("Event 1 of 21: 26 November – 5 December 1951."))
    #expect(lines[2].hasPrefix("Keys: ↑↓ Select, Enter Open"))
  }

  @Test func movingSaysOnlyTheNewItem() {
    let moved = after([.down], from: start)
    #expect(
      Announcer.lines(kiosk, from: start, to: moved) == [
        "Event 2 of 21: 5 December 1951. PICMME is founded – and Germany is there from the start"
      ])
    #expect(Announcer.lines(kiosk, from: moved, to: moved).isEmpty)
  }

  @Test func aKeyFigureIsReadWithWhatItCounts() {
    let work = after([.character("2"), .down, .down], from: start)
    let line = Announcer.lines(kiosk, from: after([.down], from: work), to: work).first ?? ""
    #expect(
      line.contains(
        "more than 6,411 people assisted through resettlement · since 2021 · according to IOM Germany [I]"
      ))
  }

  @Test func openingReadsTheWholeTextAParagraphALine() {
    let opened = after([.enter], from: start)
    let lines = Announcer.lines(kiosk, from: start, to: opened)
    #expect(lines.first == "26 November – 5 December 1951 · PICMME and ICEM")
    #expect(
      lines.contains {
        $0.hasPrefix("From 26 November to 5 December 1951") && $0.hasSuffix("United States.")
      })
    #expect(lines.contains("[C] FRUS 1951 vol. IV doc 83 (history.state.gov)"))
  }

  @Test func theQuestionAndTheLanguageSwitch() {
    #expect(
      Announcer.lines(kiosk, from: start, to: after([.character("q")], from: start)) == [
        "Quit? (y/n)"
      ])
    let german = after([.character("L")], from: start)
    #expect(
      Announcer.lines(kiosk, from: start, to: german).first?.hasPrefix(
        "Ereignis 1 von 21: 26. November – 5. Dezember 1951.") == true)
  }
}

import BuiltInContent
import HistoryContent
import KioskCore
import TermUI
import TerminalKit
import Testing

/// A section only this test knows: the eras, one per row. Adding it is all a
/// new section takes; nothing else in the app changes.
struct ErasSection: Section {
  var logName: String { "eras" }

  func name(_ language: Language) -> String { language.code == "de" ? "Epochen" : "Eras" }

  func counter(_ position: Int, of count: Int, _ language: Language) -> String {
    "Era \(position)/\(count)"
  }

  func itemCount(_ content: Content) -> Int { content.eras.count }

  func itemID(_ index: Int, _ content: Content) -> String { content.eras[index].id }

  func rowText(_ row: ListRow, _ content: Content, _ language: Language) -> String {
    row.item.map { "Era: \(content.eras[$0].name.text(language))" } ?? ""
  }

  func place(_ index: Int, _ content: Content, _ language: Language) -> String {
    content.eras[index].name.text(language)
  }

  func document(_ index: Int, _ content: Content, _ language: Language, width: Int)
    -> [DocumentLine]
  {
    let era = content.eras[index]
    var builder = DocumentBuilder(width: width, language: language)
    builder.add("From \(era.from): \(era.name.text(language))", .title)
    return builder.lines
  }

  func summary(_ index: Int, _ content: Content, _ language: Language) -> String {
    content.eras[index].name.text(language)
  }

  func narration(_ index: Int, _ content: Content, _ language: Language) -> String {
    "Era stop: \(content.eras[index].name.text(language))"
  }
}

/// The kiosk with the three standard sections and the test's fourth.
@Suite struct FourthSectionTests {
  let kiosk = Kiosk(
    content: BuiltInContent.content, sections: StandardSections.all + [ErasSection()])
  let eras = 3
  var firstEra: String { BuiltInContent.content.eras[0].name.text(.english) }

  func run(_ keys: [Key], size: Size = Size(width: 80, height: 24)) -> AppState {
    keys.reduce(kiosk.initialState(size: size)) { kiosk.reduce($0, .key($1), at: 0) }
  }

  @Test func tabReachesTheFourthSectionAndWrapsAround() {
    #expect(run([.tab, .tab, .tab]).section == eras)
    #expect(run([.tab, .tab, .tab, .tab]).section == 0)
    #expect(run([.backTab]).section == eras)
  }

  @Test func itsNumberKeyShowsIt() {
    #expect(run([.character("4")]).section == eras)
    #expect(run([.character("4"), .down]).selected(in: eras) == 1)
    // No fifth section: 5 does nothing.
    #expect(run([.character("5")]) == kiosk.initialState(size: Size(width: 80, height: 24)))
  }

  @Test func theTabsBarNamesIt() {
    let lines = Renderer(kiosk).render(run([])).lines
    #expect(lines[1].contains("4 Eras"))
    #expect(Renderer(kiosk).render(run([.character("L")])).lines[1].contains("4 Epochen"))
  }

  @Test func at80x24ItHasTheListAndTheDetail() {
    let lines = Renderer(kiosk).render(run([.character("4")])).lines
    #expect(lines[2].contains("Eras"))
    #expect(lines[2].contains("Era 1/\(kiosk.itemCount(eras))"))
    #expect(lines[3].contains("Era: \(firstEra)"))
    #expect(lines[3].contains("From 1951"))
    #expect(lines[0].contains("Eras › \(firstEra)"))
  }

  @Test func at160x50FourListsStandSideBySide() {
    let size = Size(width: 160, height: 50)
    let layout = kiosk.layout(size: size, section: 0)
    #expect(layout.isSideBySide)
    let lists = kiosk.sections.indices.compactMap { layout.list(of: $0) }
    #expect(lists.map(\.width) == [40, 40, 40, 40])
    #expect(lists.map(\.x) == [0, 40, 80, 120])
    let lines = Renderer(kiosk).render(run([], size: size)).lines
    #expect(lines[3].contains("Era: \(firstEra)"))
    #expect(lines.allSatisfy { $0.count == 160 })
  }

  @Test func theTourStopsAtItsItemsLast() {
    let stops = kiosk.tourStops
    #expect(stops.suffix(kiosk.itemCount(eras)).allSatisfy { $0.section == eras })
    var state = kiosk.tourState(size: Size(width: 80, height: 24))
    for _ in 0..<(stops.count - 1) { state = kiosk.reduce(state, .key(.right), at: 0) }
    #expect(state.section == eras)
    #expect(state.selected(in: eras) == kiosk.itemCount(eras) - 1)
    let lines = Renderer(kiosk).render(state).lines
    #expect(lines[1].contains("Era stop:"))
  }

  @Test func theAttractLoopLeavesItOut() {
    #expect(kiosk.attractSlides.allSatisfy { $0.section != eras })
  }
}

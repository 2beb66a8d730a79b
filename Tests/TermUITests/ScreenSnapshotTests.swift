import BuiltInContent
import HistoryContent
import KioskCore
import TermUI
import TerminalKit
import Testing
import TextLayout

/// Every screen a visitor can reach, at the smallest supported size and a
/// larger one, rendered from the shipped content.
@Suite struct ScreenSnapshotTests {
  static let kiosk = Kiosk(content: BuiltInContent.content)
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  /// The screen after pressing `keys` from the start.
  func screen(_ keys: [Key], size: Size) -> Buffer {
    let kiosk = Self.kiosk
    let state = keys.reduce(kiosk.initialState(size: size)) { kiosk.reduce($0, .key($1), at: 0) }
    return Renderer(kiosk).render(state)
  }

  @Test(arguments: sizes)
  func timeline(size: Size) {
    Snapshot.assert(screen([], size: size).lines, named: "timeline-\(size)")
  }

  @Test(arguments: sizes)
  func timelineFurtherOn(size: Size) {
    Snapshot.assert(
      screen(Array(repeating: .down, count: 15), size: size).lines,
      named: "timeline-event16-\(size)")
  }

  @Test(arguments: sizes)
  func workAreas(size: Size) {
    Snapshot.assert(
      screen([.character("2"), .down, .down], size: size).lines, named: "work-\(size)")
  }

  @Test(arguments: sizes)
  func exhibition(size: Size) {
    Snapshot.assert(screen([.character("3")], size: size).lines, named: "exhibition-\(size)")
  }

  @Test(arguments: sizes)
  func readingView(size: Size) {
    Snapshot.assert(screen([.down, .enter], size: size).lines, named: "reading-\(size)")
  }

  @Test(arguments: sizes)
  func readingViewScrolled(size: Size) {
    Snapshot.assert(
      screen([.character("3"), .down, .down, .enter, .pageDown], size: size).lines,
      named: "reading-scrolled-\(size)")
  }

  /// From 160 columns the three lists stand side by side.
  @Test(arguments: [("timeline", [Key]()), ("work", [.character("2"), .down, .down])])
  func sideBySide(name: String, keys: [Key]) {
    Snapshot.assert(
      screen(keys, size: Size(width: 160, height: 50)).lines, named: "side-by-side-\(name)-160x50")
  }

  @Test(arguments: sizes)
  func help(size: Size) {
    Snapshot.assert(screen([.character("?")], size: size).lines, named: "help-\(size)")
  }

  @Test(arguments: sizes)
  func quitQuestion(size: Size) {
    Snapshot.assert(screen([.character("q")], size: size).lines, named: "quit-\(size)")
  }

  @Test(arguments: [Size(width: 60, height: 20), Size(width: 30, height: 8)])
  func tooSmall(size: Size) {
    Snapshot.assert(screen([], size: size).lines, named: "too-small-\(size)")
  }

  /// Each pane and the reading view in German, at the smallest size, where
  /// the longer German words are the tightest fit.
  @Test(arguments: [
    ("timeline", [Key]()), ("work", [.character("2"), .down]), ("exhibition", [.character("3")]),
    ("reading", [.down, .enter]), ("help", [.character("?")]), ("quit", [.character("q")]),
    ("sources", [.down, .enter, .end]),
  ])
  func german(name: String, keys: [Key]) {
    let screen = screen([.character("L")] + keys, size: Size(width: 80, height: 24))
    Snapshot.assert(screen.lines, named: "german-\(name)-80x24")
  }

  @Test(arguments: sizes)
  func attractLoop(size: Size) {
    let kiosk = Kiosk(
      content: Self.kiosk.content, settings: KioskSettings(isLockedDown: true, idleTimeout: 90))
    var state = kiosk.reduce(kiosk.initialState(size: size, at: 0), .tick, at: 90)
    Snapshot.assert(Renderer(kiosk).render(state).lines, named: "attract-milestone-\(size)")
    for step in 1...kiosk.content.events.count {
      state = kiosk.reduce(state, .tick, at: 90 + 8 * Double(step))
    }
    Snapshot.assert(Renderer(kiosk).render(state).lines, named: "attract-caption-\(size)")
  }

  /// The exhibition's introduction is shown whole below the captions at
  /// 80x24, in every language: its last words are on screen.
  @Test(arguments: [Language.english, .german])
  func theExhibitionIntroFitsAt80x24(language: Language) {
    let keys: [Key] = (language == .german ? [.character("L")] : []) + [.character("3")]
    let lines = screen(keys, size: Size(width: 80, height: 24)).lines
    let intro = Self.kiosk.content.exhibition.intro.text(language)
    let lastWords = intro.split(separator: " ").suffix(2).joined(separator: " ")
    #expect(lines.contains { $0.contains(lastWords) }, "\(lastWords)")
  }

  /// A photo whose credit is not known shows its source on its slide, as
  /// every other photo shows its credit.
  @Test func everyPhotoSlideNamesItsCreditOrSource() {
    let kiosk = Kiosk(
      content: Self.kiosk.content, settings: KioskSettings(isLockedDown: true, idleTimeout: 90))
    var state = kiosk.reduce(
      kiosk.initialState(size: Size(width: 80, height: 24), at: 0), .tick, at: 90)
    var photos = 0
    for step in 0..<kiosk.attractSlides.count {
      state = kiosk.reduce(state, .tick, at: 90 + 8 * Double(step + 1))
      // The third section is the exhibition.
      guard let slide = state.attract?.slide, kiosk.attractSlides[slide].section == 2 else {
        continue
      }
      let caption = kiosk.content.captions[kiosk.attractSlides[slide].index]
      let text = Renderer(kiosk).render(state).lines.joined(separator: "\n")
      let expected = caption.credit.map { "Photo: \($0)" } ?? "Credit line not recorded"
      #expect(text.contains(expected), "\(caption.id)")
      photos += 1
    }
    #expect(photos == kiosk.content.captions.count)
  }

  /// The room `validate` promises a label is the room the list gives it at
  /// 80x24: a label of exactly that width is shown whole, one column more
  /// is cut.
  @Test func theLabelRoomIsTheListsRealRoom() {
    // The sections by number: 0 the timeline, 1 the work areas, 2 the exhibition.
    func row(_ label: String, section: Int) -> String {
      var content = Self.kiosk.content
      let text = LocalizedText([.english: label, .german: label])
      switch section {
      case 0: content.events[0].label = text
      case 1: content.areas[0].label = text
      default: content.captions[0].label = text
      }
      let kiosk = Kiosk(content: content)
      let keys: [Key] = section == 0 ? [] : [.character(section == 1 ? "2" : "3")]
      let state = keys.reduce(kiosk.initialState(size: Size(width: 80, height: 24))) {
        kiosk.reduce($0, .key($1), at: 0)
      }
      // The list's row, not the title bar, which names the selected item too.
      return Renderer(kiosk).render(state).lines.first { $0.hasPrefix("│ ") && $0.contains("xxxx") }
        ?? ""
    }
    for (section, columns) in [
      (0, DisplayLimits.datedListLabelColumns), (2, DisplayLimits.datedListLabelColumns),
      (1, DisplayLimits.listLabelColumns),
    ] {
      let fits = String(repeating: "x", count: columns)
      #expect(row(fits, section: section).contains(fits), "\(section)")
      #expect(!row(fits, section: section).contains("…"), "\(section)")
      #expect(row(fits + "y", section: section).contains("…"), "\(section)")
    }
  }

  @Test func kioskModeHidesTheQuitKeys() {
    let kiosk = Kiosk(
      content: Self.kiosk.content, settings: KioskSettings(isLockedDown: true, idleTimeout: 90))
    let state = kiosk.initialState(size: Size(width: 80, height: 24))
    let footer = Renderer(kiosk).render(state).lines.last ?? ""
    #expect(!footer.contains("Quit"))
    #expect(footer.contains("Help"))
    let asked = [Key.control("x"), .control("q")].reduce(state) {
      kiosk.reduce($0, .key($1), at: 1)
    }
    Snapshot.assert(Renderer(kiosk).render(asked).lines, named: "kiosk-operator-question-80x24")
  }

  @Test func tour() {
    let kiosk = Kiosk(content: Self.kiosk.content, settings: KioskSettings(tourStep: 10))
    var state = kiosk.tourState(size: Size(width: 80, height: 24), at: 0)
    Snapshot.assert(Renderer(kiosk).render(state).lines, named: "tour-first-stop-80x24")
    state = kiosk.reduce(state, .key(.character(" ")), at: 1)
    for _ in 0..<kiosk.content.events.count + 2 { state = kiosk.reduce(state, .key(.right), at: 2) }
    Snapshot.assert(Renderer(kiosk).render(state).lines, named: "tour-paused-work-80x24")
  }

  /// Nothing spills over the edge on any screen at any supported size.
  @Test(arguments: [
    Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 160, height: 50),
    Size(width: 200, height: 60),
  ])
  func everyScreenFitsItsSize(size: Size) {
    let scripts: [[Key]] = [
      [], [.end], [.character("2"), .end], [.character("3"), .end], [.enter], [.end, .enter, .end],
      [.character("2"), .enter, .end], [.character("?")], [.character("q")],
    ]
    for keys in scripts {
      let lines = screen(keys, size: size).lines
      #expect(lines.count == size.height)
      for line in lines { #expect(DisplayWidth.of(line) == size.width, "\(keys): \(line)") }
      #expect(
        lines.last?.contains("Quit") == true || lines.last?.contains("Back") == true
          || keys == [.character("q")])
    }
  }
}

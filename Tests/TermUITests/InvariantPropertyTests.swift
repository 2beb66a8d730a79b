import BuiltInContent
import HistoryContent
import KioskCore
import PropertyBased
import TermUI
import TerminalKit
import Testing
import TextLayout

/// Random sessions, thousands of them, through `reduce` and `render`: keys,
/// clicks anywhere (also off the screen), resizes from 1x1 to 300x100 and
/// the passing of time. After every action the state must make sense and the
/// screen must be a whole grid of the screen's size, whatever came before.
/// A trap anywhere fails the run, which is the point.
///
/// When a check fails, PropertyBased shrinks the session to a short one and
/// reports it with the seed that reproduces it (`.fixedSeed(...)`).
@Suite struct InvariantPropertyTests {
  static let builtIn = BuiltInContent.content

  /// A visitor with the shipped content and the normal settings.
  @Test func visitorSessions() async {
    let kiosk = Kiosk(content: Self.builtIn)
    await propertyCheck(count: 3_000, input: Sessions.session) { session in
      Sessions.verify(session, kiosk: kiosk, start: kiosk.initialState(size:at:))
    }
  }

  /// Kiosk mode with a short idle time and quick slides, so that the idle
  /// reset and the attract loop happen often within a session.
  @Test func kioskSessions() async {
    let kiosk = Kiosk(
      content: Self.builtIn,
      settings: KioskSettings(isLockedDown: true, idleTimeout: 5, attractStep: 1))
    await propertyCheck(count: 2_500, input: Sessions.session) { session in
      Sessions.verify(session, kiosk: kiosk, start: kiosk.initialState(size:at:))
    }
  }

  /// The presenter's tour, stepping on by itself every few seconds.
  @Test func tourSessions() async {
    let kiosk = Kiosk(content: Self.builtIn, settings: KioskSettings(tourStep: 3))
    await propertyCheck(count: 2_500, input: Sessions.session) { session in
      Sessions.verify(session, kiosk: kiosk, start: kiosk.tourState(size:at:))
    }
  }

  /// Content at the edges of what the kiosk can be given: wide (CJK, emoji)
  /// and combining characters, long words, an empty pane; and no content at
  /// all. Each session picks the content and the way the kiosk runs.
  @Test func unusualContentSessions() async {
    let kiosks = OddContent.contents.flatMap { content in
      [
        Kiosk(content: content),
        Kiosk(
          content: content,
          settings: KioskSettings(isLockedDown: true, idleTimeout: 5, attractStep: 1)),
        Kiosk(content: content, settings: KioskSettings(tourStep: 3)),
      ]
    }
    await propertyCheck(
      count: 2_000, input: Gen.int(in: 0...(kiosks.count - 1)), Sessions.session
    ) { which, session in
      let kiosk = kiosks[which]
      Sessions.verify(
        session, kiosk: kiosk,
        start: which % 3 == 2 ? kiosk.tourState(size:at:) : kiosk.initialState(size:at:))
    }
  }
}

/// Found by the sessions above (start 1x1, then "q"): on a screen one column
/// wide the quit question's box is clipped, and its focus, where the cursor
/// goes for a braille display, was left off the screen.
@Test func quitQuestionKeepsTheFocusOnATinyScreen() throws {
  let kiosk = Kiosk(content: InvariantPropertyTests.builtIn)
  for width in 1...10 {
    for height in 1...6 {
      let start = kiosk.initialState(size: Size(width: width, height: height))
      let buffer = Renderer(kiosk).render(kiosk.reduce(start, .key(.character("q")), at: 1))
      let focus = try #require(buffer.focus)
      #expect(buffer.bounds.contains(column: focus.x, row: focus.y), "\(width)x\(height)")
    }
  }
}

/// The shortcut the checks take agrees with `DisplayWidth`.
@Test func simpleScalarsTakeOneColumnEach() {
  for range in Columns.simpleRanges {
    for value in range {
      let scalar = Unicode.Scalar(value)!
      #expect(Columns.isSimple(value))
      #expect(DisplayWidth.of(scalar) == 1, "U+\(String(value, radix: 16))")
      // It joins neither the character before it nor the one after.
      #expect("a\(scalar)a".count == 3, "U+\(String(value, radix: 16))")
    }
  }
  for value: UInt32 in [0, 0x1F, 0x7F, 0x9F, 0x300, 0x200B, 0x200D, 0x2028, 0x2060, 0x2600, 0xFE0F]
  {
    #expect(!Columns.isSimple(value))
  }
}

// MARK: - Sessions

/// One action of a session and how long after the previous one it came.
struct Step: Sendable, CustomStringConvertible {
  var action: Action
  /// Seconds since the previous step: time only moves forward.
  var delay: Double

  var description: String { "+\(delay)s \(Describe.action(action))" }
}

/// The terminal a session starts on, and what happens then.
struct Session: Sendable, CustomStringConvertible {
  var size: Size
  /// The terminal shows only ASCII (no UTF-8 locale).
  var asciiOnly: Bool
  var steps: [Step]

  var description: String {
    let steps = steps.map(\.description).joined(separator: ", ")
    return "start \(size)\(asciiOnly ? " in ASCII" : ""), then [\(steps)]"
  }
}

enum Sessions {
  // MARK: Generators

  /// The keymap's own keys (the search's slash twice over, to reach it often),
  /// letters of words the content holds, the other cases of the letters it knows, and
  /// some characters that mean nothing to it.
  static let keymapCharacters: [Character] = [
    "q", "y", "n", "j", "k", "l", "h", "g", "G", "b", "?", "L", "1", "2", "3", " ",
    "c", "Q", "Y", "N", "J", "C", "/", "/", "e", "r", "a", "t",
  ]
  static let otherCharacters: [Character] = [
    "ä", "ß", "é", "e\u{301}", "€", "中", "文", "😀", "👍🏽", "🇩🇪", "\u{200B}", "\u{FEFF}", "\u{202E}",
    "\t", "\u{1B}", "\u{7F}", "\u{9B}", "\0",
  ]
  static let namedKeys: [Key] = [
    .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace,
    .tab, .backTab,
  ]
  static let controlCharacters: [Character] = Array("abcdefghijklmnopqrstuvwxyz\\[]^_@ ")

  static let character = Gen<Character>.frequency(
    (6, Gen.int(in: 0...(keymapCharacters.count - 1)).map { keymapCharacters[$0] }),
    // Any printable ASCII character.
    (2, Gen.int(in: 0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }),
    (1, Gen.int(in: 0...(otherCharacters.count - 1)).map { otherCharacters[$0] }),
    // Any scalar beyond ASCII at all, surrogates aside.
    (1, Gen.int(in: 0x80...0x10_FFFF).compactMap { Unicode.Scalar($0).map(Character.init) })
  )

  static let key = Gen<Key>.frequency(
    (6, character.map(Key.character)),
    (4, Gen.int(in: 0...(namedKeys.count - 1)).map { namedKeys[$0] }),
    (1, Gen.int(in: 0...(controlCharacters.count - 1)).map { Key.control(controlCharacters[$0]) }),
    // The operator's sequence, Ctrl-X Ctrl-Q, often enough to be typed whole.
    (1, Gen.int(in: 0...1).map { Key.control($0 == 0 ? "x" : "q") }),
    (1, Gen.int(in: 0...24).map(Key.function))
  )

  static let mouseKinds: [MouseEvent.Kind] = [.click, .doubleClick, .wheelUp, .wheelDown]

  /// Anywhere from 5 cells off the screen to 5 cells past the largest one;
  /// more often where a screen of usual size has something to hit.
  static let column = Gen<Int>.frequency(
    (1, Gen.int(in: -5...305)), (2, Gen.int(in: -1...100)))
  static let row = Gen<Int>.frequency((1, Gen.int(in: -5...105)), (2, Gen.int(in: -1...30)))

  static let mouse = zip(Gen.int(in: 0...(mouseKinds.count - 1)), column, row).map {
    MouseEvent(mouseKinds[$0.0], column: $0.1, row: $0.2)
  }

  /// The sizes where the layout changes: the minimum and one less, where the
  /// time axis grows, where the list stops growing (a third of 96 and 144
  /// is 32 and 48), the extremes.
  static let edgeSizes: [Size] = [
    Size(width: 1, height: 1), Size(width: 80, height: 24), Size(width: 79, height: 24),
    Size(width: 80, height: 23), Size(width: 79, height: 23), Size(width: 80, height: 40),
    Size(width: 80, height: 39), Size(width: 96, height: 24), Size(width: 144, height: 24),
    Size(width: 82, height: 24), Size(width: 300, height: 100), Size(width: 1, height: 100),
    Size(width: 300, height: 1),
  ]

  /// Any size, more often one large enough for the whole layout.
  static let size = Gen<Size>.frequency(
    (3, zip(Gen.int(in: 1...300), Gen.int(in: 1...100)).map { Size(width: $0, height: $1) }),
    (2, zip(Gen.int(in: 80...300), Gen.int(in: 24...100)).map { Size(width: $0, height: $1) }),
    (1, Gen.int(in: 0...(edgeSizes.count - 1)).map { edgeSizes[$0] })
  )

  static let action = Gen<Action>.frequency(
    (12, key.map(Action.key)),
    (4, mouse.map(Action.mouse)),
    (2, size.map(Action.resize)),
    (2, Gen.always(Action.tick))
  )

  /// 0 to 10 seconds, in milliseconds.
  static let step = zip(action, Gen.int(in: 0...10_000)).map {
    Step(action: $0, delay: Double($1) / 1000)
  }

  static let session = zip(size, Gen.bool(0.25), step.array(of: 1...40)).map {
    Session(size: $0.0, asciiOnly: $0.1, steps: $0.2)
  }

  // MARK: Running a session

  /// Runs `session` from `start` and records the first broken invariant,
  /// with the step that broke it and the state it left.
  static func verify(
    _ session: Session, kiosk: Kiosk, start: (Size, Double) -> AppState,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    if let failure = firstViolation(session, kiosk: kiosk, start: start) {
      Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
    }
  }

  /// Screens of up to this many cells are checked after every action.
  static let smallScreen = 1_000

  static func firstViolation(
    _ session: Session, kiosk: Kiosk, start: (Size, Double) -> AppState
  ) -> String? {
    var scrolls = MaxScrolls(kiosk: kiosk)
    var now = 1000.0
    var state = start(session.size, now)
    state.asciiOnly = session.asciiOnly
    var lastDrawn: AppState?
    for number in 0...session.steps.count {
      let before = state
      if number > 0 {
        now += session.steps[number - 1].delay
        state = kiosk.reduce(state, session.steps[number - 1].action, at: now)
      }
      let step =
        number == 0 ? "at the start" : "after step \(number) (\(session.steps[number - 1]))"
      if let problem = Invariants.state(kiosk, state, &scrolls)
        ?? Invariants.transition(kiosk, before, state)
      {
        return "\(step): \(problem)\nstate: \(state)"
      }
      // Drawing and reading back a screen is the expensive part in a debug
      // build (a 300x100 screen is 30,000 cells), so the screen is checked
      // after every action only while it is small and cheap (the too-small
      // notice), and otherwise after the last action only. Sessions have
      // every length from 1 to 40, so their last states reach every depth.
      // The state invariants above hold after every action. The screen is a
      // function of the state alone: an unchanged state is not drawn again,
      // as in the event loop.
      let cells = state.size.width * state.size.height
      guard cells <= smallScreen || number == session.steps.count else { continue }
      let drawn = Invariants.drawn(state)
      guard drawn != lastDrawn else { continue }
      lastDrawn = drawn
      if let problem = Invariants.screen(kiosk, state) {
        return "\(step): \(problem)\nstate: \(state)"
      }
    }
    return nil
  }
}

/// `Kiosk.maxScroll`, remembered for the session: wrapping an item's whole
/// text again after every action is slow in a debug build. It depends on
/// the item, the language (in ASCII or not) and the screen's size only.
struct MaxScrolls {
  struct Place: Hashable {
    var section: Int
    var index: Int
    var language: Language
    var asciiOnly: Bool
    var size: Size
  }

  let kiosk: Kiosk
  var known: [Place: Int] = [:]

  mutating func of(_ reading: Reading, _ state: AppState) -> Int {
    let place = Place(
      section: reading.section, index: reading.index, language: state.language,
      asciiOnly: state.asciiOnly, size: state.size)
    if let maxScroll = known[place] { return maxScroll }
    let maxScroll = kiosk.maxScroll(reading, state)
    known[place] = maxScroll
    return maxScroll
  }
}

// MARK: - Invariants

enum Invariants {
  /// What must hold of every state.
  static func state(_ kiosk: Kiosk, _ state: AppState, _ scrolls: inout MaxScrolls) -> String? {
    for section in kiosk.sections.indices {
      let count = kiosk.itemCount(section)
      let selected = state.selection[section]
      if count == 0 ? selected != 0 : !(0..<count).contains(selected) {
        return "selection \(selected) in section \(section) is out of range (\(count) items)"
      }
    }
    if !kiosk.sections.indices.contains(state.section) {
      return "section \(state.section) does not exist"
    }
    if case .tooSmall = state.screen, state.size.isLargeEnough {
      return "the too-small notice hides a screen that fits"
    }
    if state.size.isLargeEnough == false, state.screen == state.screen.unhidden {
      return "a screen too small for the layout is drawn all the same"
    }
    if let reading = state.reading {
      let count = kiosk.itemCount(reading.section)
      guard (0..<count).contains(reading.index) else {
        return
          "reading item \(reading.index) in section \(reading.section) is out of range (\(count) items)"
      }
      let maxScroll = scrolls.of(reading, state)
      guard (0...maxScroll).contains(reading.scroll) else {
        return "reading scroll \(reading.scroll) is outside 0...\(maxScroll)"
      }
    }
    if let attract = state.attract {
      let count = kiosk.attractSlides.count
      if count == 0 ? attract.slide != 0 : !(0..<count).contains(attract.slide) {
        return "attract slide \(attract.slide) is out of range (\(count) slides)"
      }
      if !kiosk.settings.isLockedDown { return "the attract loop plays outside kiosk mode" }
    }
    if let search = state.search {
      let count = kiosk.results(search).count
      if count == 0 ? search.cursor != 0 : !(0..<count).contains(search.cursor) {
        return "search cursor \(search.cursor) is out of range (\(count) results)"
      }
      if search.text.count > SearchSession.maxLength { return "the search line overflows" }
      if search.opened != nil, search.isOnLine { return "a result is read while typing" }
    }
    if let tour = state.tour {
      let count = kiosk.tourStops.count
      if count == 0 ? tour.stop != 0 : !(0..<count).contains(tour.stop) {
        return "tour stop \(tour.stop) is out of range (\(count) stops)"
      }
    }
    return nil
  }

  /// What must hold of every step from one state to the next.
  static func transition(_ kiosk: Kiosk, _ before: AppState, _ after: AppState) -> String? {
    // Locked down, only the operator's confirmed question ends the kiosk.
    if kiosk.settings.isLockedDown, before.isRunning, !after.isRunning, before.mode != .quitPrompt {
      return "the kiosk stopped without the operator's question"
    }
    if before.tour == nil, after.tour != nil { return "a tour started by itself" }
    return nil
  }

  /// The parts of the state the screen shows: not the clock, not the
  /// operator's progress, not whether the loop still runs.
  static func drawn(_ state: AppState) -> AppState {
    var state = state
    state.lastInputAt = 0
    state.operatorProgress = 0
    state.isRunning = true
    state.screen = withoutClock(state.screen)
    return state
  }

  private static func withoutClock(_ screen: Screen) -> Screen {
    switch screen {
    case .attract(var attract):
      attract.nextStepAt = 0
      return .attract(attract)
    case .tour(var tour):
      tour.nextStepAt = 0
      return .tour(tour)
    case .tooSmall(let hidden): return .tooSmall(hidden: withoutClock(hidden))
    case .browse, .read: return screen
    }
  }

  /// What must hold of every screen.
  static func screen(_ kiosk: Kiosk, _ state: AppState) -> String? {
    let buffer = Renderer(kiosk).render(state)
    let width = max(0, state.size.width)
    let height = max(0, state.size.height)
    guard buffer.size == Size(width: width, height: height) else {
      return "the buffer is \(buffer.size), the screen \(state.size)"
    }
    guard buffer.cells.count == width * height else {
      return "the buffer holds \(buffer.cells.count) cells for \(width)x\(height)"
    }
    if let focus = buffer.focus, !buffer.bounds.contains(column: focus.x, row: focus.y) {
      return "the focus (\(focus.x), \(focus.y)) is off the screen"
    }
    if let problem = grid(buffer, asciiOnly: state.asciiOnly) { return problem }
    let lines = buffer.lines
    guard lines.count == height else { return "\(lines.count) lines on \(height) rows" }
    for (row, line) in lines.enumerated() where Columns.of(line: line) != width {
      return "row \(row) is \(DisplayWidth.of(line)) columns wide on \(width): \(line)"
    }
    if state.size.isLargeEnough {
      if let problem = footer(kiosk, state, lines) { return problem }
    } else if let problem = tooSmall(state, lines) {
      return problem
    }
    if state.mode == .quitPrompt, let problem = quitQuestion(kiosk, state, lines) { return problem }
    return nil
  }

  /// Every cell holds one character of one or two columns; a wide one is
  /// followed by its continuation on the same row, and a continuation never
  /// stands alone. A terminal without UTF-8 gets nothing but ASCII.
  static func grid(_ buffer: Buffer, asciiOnly: Bool) -> String? {
    let width = buffer.size.width
    let cells = buffer.cells
    for row in 0..<buffer.size.height {
      var column = 0
      while column < width {
        let cell = cells[row * width + column]
        if cell.isContinuation {
          return "a continuation cell stands alone at column \(column), row \(row)"
        }
        let bytes = cell.text.utf8
        if bytes.count == 1, let byte = bytes.first, byte >= 0x20, byte < 0x7F {
          column += 1
          continue
        }
        if asciiOnly {
          return "cell (\(column), \(row)) holds \(cell.text.debugDescription) on an ASCII terminal"
        }
        switch Columns.of(cell: cell.text) {
        case 1:
          column += 1
        case 2:
          guard column + 1 < width else {
            return "the wide \(cell.text) at column \(column), row \(row) sticks out of the row"
          }
          guard cells[row * width + column + 1].isContinuation else {
            return "the wide \(cell.text) at column \(column), row \(row) has no continuation"
          }
          column += 2
        default:
          return "cell (\(column), \(row)) holds \(cell.text.debugDescription), not one character"
        }
      }
    }
    return nil
  }

  /// From 80x24: the key hints all fit in the last row, and the last row
  /// says something (the attract loop has no footer).
  static func footer(_ kiosk: Kiosk, _ state: AppState, _ lines: [String]) -> String? {
    guard let last = lines.last else { return "no footer row" }
    if state.attract != nil { return nil }
    if last.allSatisfy({ $0 == " " }) { return "the footer is empty" }
    let hints = ChromeLayout.hints(kiosk, state)
    if hints.isEmpty { return "the footer has no hints" }
    for hint in hints {
      if hint.x < 0 || hint.x + hint.width > state.size.width - 1 {
        return "the hint \(hint.label) \(hint.text) at \(hint.x) does not fit \(state.size.width)"
      }
      // The labels' arrows are drawn as ASCII glyphs where need be.
      let label = state.asciiOnly ? String(hint.label.map(Transliteration.glyph)) : hint.label
      if !last.contains("\(label) \(hint.text)") {
        return "the footer lacks \(label) \(hint.text): \(last)"
      }
    }
    return nil
  }

  /// Under 80x24: the notice to enlarge the window, whole where it fits.
  static func tooSmall(_ state: AppState, _ lines: [String]) -> String? {
    if state.mode == .quitPrompt { return nil }  // the question instead, checked below
    let screen = words(lines)
    if screen.isEmpty { return "the too-small screen is blank" }
    let message = UIString.tooSmall.text(state.textLanguage)
    let now = UIString.tooSmallNow.text(state.textLanguage).replacing(
      "%@", with: state.size.description)
    let room = state.size.width - 2
    let longestWord = (message + " " + now).split(separator: " ").map { DisplayWidth.of($0) }.max()
    let rowsNeeded = Wrap.lines(message, width: room).count + 1 + Wrap.lines(now, width: room).count
    if room >= longestWord ?? 0, state.size.height >= rowsNeeded {
      if !screen.contains(message) { return "the notice is not whole: \(screen)" }
      if !screen.contains(now) { return "the notice does not say the size: \(screen)" }
    }
    return nil
  }

  /// The quit question shows whole wherever its box fits across the screen.
  static func quitQuestion(_ kiosk: Kiosk, _ state: AppState, _ lines: [String]) -> String? {
    let key: UIString = kiosk.settings.isLockedDown ? .operatorQuestion : .quitQuestion
    let question = key.text(state.textLanguage)
    guard state.size.width >= DisplayWidth.of(question) + 6 else { return nil }
    return words(lines).contains(question) ? nil : "the question \(question) does not show"
  }

  /// The screen's words, one space apart.
  static func words(_ lines: [String]) -> String {
    lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
  }
}

/// `DisplayWidth.of`, quicker for what fills most of a screen: blanks,
/// ASCII and frame lines. In a debug build measuring every line of a
/// 300x100 screen in full costs more than drawing it.
enum Columns {
  /// Scalars of one column each that never join a neighbour into one
  /// character: printable ASCII and Latin-1, the punctuation of the texts,
  /// arrows, box drawing, blocks and geometric shapes.
  /// `simpleScalarsTakeOneColumnEach` checks these against `DisplayWidth`.
  static func isSimple(_ value: UInt32) -> Bool {
    if value < 0x300 { return value >= 0x20 && (value < 0x7F || value >= 0xA0) }
    return (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
      || (0x2190...0x21FF).contains(value) || (0x2500...0x25FF).contains(value)
  }

  static let simpleRanges: [ClosedRange<UInt32>] = [
    0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x25FF,
  ]

  /// The columns of one cell's text; 0 unless it is exactly one character.
  static func of(cell text: String) -> Int {
    let scalars = text.unicodeScalars
    if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
      isSimple(first.value)
    {
      return 1
    }
    guard text.count == 1, let character = text.first else { return 0 }
    return DisplayWidth.of(character)
  }

  /// The columns of a whole line, as `DisplayWidth.of(line)` counts them.
  static func of(line: String) -> Int {
    var columns = 0
    for scalar in line.unicodeScalars {
      guard isSimple(scalar.value) else { return DisplayWidth.of(line) }
      columns += 1
    }
    return columns
  }
}

// MARK: - Unusual content

enum OddContent {
  static func text(_ english: String, _ german: String? = nil) -> LocalizedText {
    LocalizedText([.english: english, .german: german ?? english])
  }

  static let sources = [Source(tag: "C", id: "tokyo-2001", text: text("東京大学出版会 2001, S. 12–14 📚"))]

  static func event(_ id: String, _ year: Int, _ label: String, story: String) -> TimelineEvent {
    TimelineEvent(
      id: id, date: HistoricalDate(year: year, month: 12, day: 31), era: "wide",
      label: text(label), title: text("\(label) — 会議の記録"), story: text(story),
      sources: sources)
  }

  /// Wide characters everywhere, with and without spaces between them; a
  /// label longer than the list; a story long enough to scroll; no work areas.
  static let wide = Content(
    eras: [Era(id: "wide", from: 1950, to: nil, name: text("国際移住機関 の 時代 😀"))],
    events: [
      event("a", 1951, "東京 会議", story: "会議 が 開かれた。 e\u{301}té ✓ 😀👍🏽"),
      event(
        "b", 1952, "国際移住機関国際移住機関国際移住機関国際移住機関",
        story: Array(repeating: "漢字 かな カナ 😀 한국어", count: 40).joined(separator: " ")),
      event("c", 2024, "🇩🇪 Deutschland", story: "Ein Absatz.\n\nNoch einer: ÄÖÜ ß."),
    ],
    areas: [],
    exhibition: Exhibition(
      title: text("写真展 70 年"), place: text("ジュネーブ"), year: 2024,
      intro: text(Array(repeating: "写真 と 説明", count: 40).joined(separator: " ")),
      gallery: "https://example.org/写真", sources: sources),
    captions: [
      Caption(
        id: "p1", label: text("写真 一"), title: text("最初 の 写真"), year: 1951,
        place: text("東京"), caption: text("説明 😀"), credit: "© 国際移住機関", sources: sources),
      Caption(
        id: "p2", label: text("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀"), title: text("二"),
        caption: text("説明"), sources: sources),
    ])

  /// Nothing to show at all.
  static let empty = Content(
    eras: [], events: [], areas: [],
    exhibition: Exhibition(
      title: text(""), place: text(""), year: 2024, intro: text(""), gallery: "", sources: []),
    captions: [])

  static let contents = [wide, empty]
}

// MARK: - Describing sessions

/// Short names for actions, so that a shrunk session reads at a glance.
enum Describe {
  static func action(_ action: Action) -> String {
    switch action {
    case .key(let key): "key \(self.key(key))"
    case .mouse(let event): "\(event.kind) at \(event.column),\(event.row)"
    case .resize(let size): "resize \(size)"
    case .command(let command): "command \(command)"
    case .tick: "tick"
    }
  }

  static func key(_ key: Key) -> String {
    switch key {
    case .character(let character): String(reflecting: String(character))
    case .control(let character): "Ctrl-\(character)"
    case .function(let number): "F\(number)"
    default: "\(key)"
    }
  }
}

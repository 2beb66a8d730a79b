import HistoryContent
import TextLayout

/// The app's behaviour: the content, the settings, the keymap, and the
/// reducer (in Reducer.swift) that turns a state, an action and the time into
/// the next state. Pure: the clock is passed in, nothing touches a terminal.
public struct Kiosk: Sendable {
  public let content: Content
  public let settings: KioskSettings
  public let keymap: Keymap
  /// The rows of each list, worked out once.
  public let lists: ListIndex
  /// The attract loop's slides: every milestone, then every photo caption.
  public let attractSlides: [ItemRef]
  /// The tour's stops: the milestones, the work areas, the captions.
  public let tourStops: [ItemRef]
  private let documents = RecentCache<DocumentKey, [DocumentLine]>(capacity: 20)
  private let listPages = RecentCache<ListPageKey, [String]>(capacity: 12)
  private let axisColumns = RecentCache<Int, [Bool]>(capacity: 4)
  private let footerHints = RecentCache<HintsKey, [ChromeLayout.Hint]>(capacity: 8)
  private let tabRows = RecentCache<LanguageKey, [ChromeLayout.Tab]>(capacity: 4)
  private let headerTitles = RecentCache<LanguageKey, String>(capacity: 4)
  private let headerPlaces = RecentCache<HeaderKey, HeaderPlace>(capacity: 24)
  private let counters = RecentCache<ItemTextKey, String>(capacity: 24)
  private let eventDates = RecentCache<ItemTextKey, String>(capacity: 24)
  private let axes = RecentCache<AxisKey, AxisTexts>(capacity: 4)

  public init(
    content: Content, settings: KioskSettings = KioskSettings(), keymap: Keymap = .standard
  ) {
    self.content = content
    self.settings = settings
    self.keymap = keymap
    lists = ListIndex(content)
    attractSlides =
      content.events.indices.map { ItemRef(pane: .timeline, index: $0) }
      + content.captions.indices.map { ItemRef(pane: .exhibition, index: $0) }
    tourStops =
      content.events.indices.map { ItemRef(pane: .timeline, index: $0) }
      + content.areas.indices.map { ItemRef(pane: .work, index: $0) }
      + content.captions.indices.map { ItemRef(pane: .exhibition, index: $0) }
  }

  /// The state a visitor meets: the timeline, its first event selected.
  public func initialState(size: Size, at now: Double = 0) -> AppState {
    AppState(
      size: size, language: settings.startLanguage, highContrast: settings.startsHighContrast,
      lastInputAt: now)
  }

  /// A visitor's fresh start on the same terminal: what the terminal is
  /// (its size, whether it shows only ASCII) stays.
  func freshStart(after state: AppState, at now: Double) -> AppState {
    var fresh = initialState(size: state.size, at: now)
    fresh.asciiOnly = state.asciiOnly
    return fresh
  }

  /// The state a presenter's tour starts in: its first stop.
  public func tourState(size: Size, at now: Double = 0) -> AppState {
    var state = initialState(size: size, at: now)
    state.tour = Tour(stop: 0, nextStepAt: now + settings.tourStep)
    showStop(0, in: &state)
    return state
  }

  /// How many items `pane` lists.
  public func itemCount(_ pane: Pane) -> Int {
    switch pane {
    case .timeline: content.events.count
    case .work: content.areas.count
    case .exhibition: content.captions.count
    }
  }

  /// An item's text wrapped to `width`, worked out once per item, language
  /// and width, however often the keys and frames ask for it.
  public func document(_ pane: Pane, _ index: Int, _ language: Language, width: Int)
    -> [DocumentLine]
  {
    let key = DocumentKey(
      item: ItemRef(pane: pane, index: index), language: LanguageKey(language), width: width)
    return documents.value(for: key) {
      ItemDocument.lines(content, pane: pane, index: index, language: language, width: width)
    }
  }

  /// The texts of rows `rows` of `pane`'s list as the list shows them, with
  /// a space before and cut to `width` columns: worked out once per page,
  /// language and width, so a key that moves the selection within the page
  /// makes none of them.
  public func listTexts(_ pane: Pane, rows: Range<Int>, _ language: Language, width: Int)
    -> [String]
  {
    let key = ListPageKey(pane: pane, rows: rows, language: LanguageKey(language), width: width)
    return listPages.value(for: key) {
      lists.rows(pane)[rows].map { row in
        let text = Sanitizer.clean(ListText.text(of: row, in: pane, content, language))
        return Wrap.truncate(" " + text, width: width)
      }
    }
  }

  /// For each column of a time axis `width` wide, whether an event stands
  /// there. It looks at every event, so it is worked out once per width:
  /// a frame's work must not grow with the length of the timeline.
  public func eventColumns(onAxisOfWidth width: Int) -> [Bool] {
    axisColumns.value(for: width) {
      var marked = [Bool](repeating: false, count: max(0, width))
      guard let scale = TimeScale(content, width: width, x: 0) else { return marked }
      for event in content.events { marked[scale.column(event.date.fractionalYear)] = true }
      return marked
    }
  }

  /// The footer's key hints for `state`, laid out once per mode, language
  /// and width: every frame draws them, and a click on the footer hits them.
  public func hints(_ state: AppState) -> [ChromeLayout.Hint] {
    let key = HintsKey(
      mode: state.mode, language: LanguageKey(state.textLanguage), width: state.size.width)
    return footerHints.value(for: key) { ChromeLayout.hints(self, state) }
  }

  /// The section tabs, laid out once per language.
  public func tabs(_ language: Language) -> [ChromeLayout.Tab] {
    tabRows.value(for: LanguageKey(language)) { ChromeLayout.tabs(language) }
  }

  /// " IOM and Germany: 70 years of partnership ", the left of the title
  /// bar, made once per language.
  public func headerTitle(_ language: Language) -> String {
    headerTitles.value(for: LanguageKey(language)) {
      " " + UIString.appTitle.text(language) + " "
    }
  }

  /// The right of the title bar, where the visitor is, cut to `room`
  /// columns: made once per subject, language and room, not on every frame.
  public func headerPlace(_ subject: HeaderSubject, _ language: Language, room: Int)
    -> HeaderPlace
  {
    let key = HeaderKey(subject: subject, language: LanguageKey(language), room: room)
    return headerPlaces.value(for: key) {
      HeaderTexts.place(self, subject, language, room: room)
    }
  }

  /// "Event 3 of 21": where `item` stands in its list, made once per item
  /// and language.
  public func counter(_ item: ItemRef, _ language: Language) -> String {
    counters.value(for: ItemTextKey(item: item, language: LanguageKey(language))) {
      HeaderTexts.counter(self, item, language)
    }
  }

  /// The date of the timeline's event `index` as the time axis shows it
  /// ("5 December 1951"), made once per event and language.
  public func eventDate(_ index: Int, _ language: Language) -> String {
    let key = ItemTextKey(
      item: ItemRef(pane: .timeline, index: index), language: LanguageKey(language))
    return eventDates.value(for: key) {
      let event = content.events[index]
      return Formatting.span(event.date, until: event.until, language)
    }
  }

  /// The time axis's title and era names for an axis `width` columns wide.
  public func axisTexts(_ language: Language, width: Int) -> AxisTexts {
    axes.value(for: AxisKey(language: LanguageKey(language), width: width)) {
      AxisTexts(content, language, width: width)
    }
  }

  /// The exhibition's place, year and introduction wrapped to `width`,
  /// worked out once per language and width: the exhibition's list shows
  /// it below the captions on every frame.
  public func exhibitionIntro(_ language: Language, width: Int) -> [DocumentLine] {
    let key = DocumentKey(item: nil, language: LanguageKey(language), width: width)
    return documents.value(for: key) {
      ItemDocument.exhibitionIntro(content.exhibition, language: language, width: width)
    }
  }

  /// The reading view's text for `reading`, wrapped to the screen's column.
  public func readerLines(_ reading: Reading, _ state: AppState) -> [DocumentLine] {
    let layout = ScreenLayout(size: state.size, pane: reading.pane)
    return document(reading.pane, reading.index, state.textLanguage, width: layout.readerText.width)
  }

  /// The furthest the reading view can scroll: the last line at the bottom.
  public func maxScroll(_ reading: Reading, _ state: AppState) -> Int {
    let rows = ScreenLayout(size: state.size, pane: reading.pane).readerText.height
    return max(0, readerLines(reading, state).count - rows)
  }

  /// When the loop must wake next even without input, or nil to sleep until
  /// a key arrives: no timers run unless something is due.
  public func nextDeadline(_ state: AppState) -> Double? {
    let deadline: Double?
    if let attract = state.attract {
      deadline = attract.nextStepAt
    } else if let tour = state.tour {
      // Paused, or on its last stop, the tour has nothing more to do by itself.
      deadline = tour.isPaused || tour.stop + 1 >= tourStops.count ? nil : tour.nextStepAt
    } else if settings.isLockedDown, let idle = settings.idleTimeout {
      deadline = state.lastInputAt + idle
    } else {
      deadline = nil
    }
    // An infinite step (reduced motion) is no deadline at all.
    return deadline.flatMap { $0.isFinite ? $0 : nil }
  }

  func showStop(_ stop: Int, in state: inout AppState) {
    let stops = tourStops
    guard stops.indices.contains(stop) else { return }
    state.pane = stops[stop].pane
    state.selection[stops[stop].pane] = stops[stop].index
  }
}

/// One item of the content: which pane, which position in its list.
public struct ItemRef: Hashable, Sendable {
  public var pane: Pane
  public var index: Int
  public init(pane: Pane, index: Int) {
    self.pane = pane
    self.index = index
  }
}

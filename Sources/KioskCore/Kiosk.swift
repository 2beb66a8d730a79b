import HistoryContent
import TerminalKit

/// The app's behaviour: the content, its sections, the settings, the keymap,
/// and the reducer (in Reducer.swift) that turns a state, an action and the
/// time into the next state. Pure: the clock is passed in, nothing touches a
/// terminal, nothing is cached.
public struct Kiosk: Sendable {
  public let content: Content
  /// The sections, in the order Tab visits them and the number keys name them.
  public let sections: [any Section]
  public let settings: KioskSettings
  public let keymap: Keymap
  /// The rows of each section's list, worked out once.
  public let lists: ListIndex
  /// The attract loop's slides: the items of every section that has them.
  public let attractSlides: [ItemRef]
  /// The tour's stops: the items of every section in the tour, in order.
  public let tourStops: [ItemRef]
  /// The languages a visitor can switch between: those the content is
  /// written in that the interface has strings for, in code order.
  public let languages: [Language]
  /// The section whose items stand on the time axis, if any.
  public let axisSection: Int?
  private let lazySearchIndex = LazySearchIndex()

  public init(
    content: Content, sections: [any Section] = StandardSections.all,
    settings: KioskSettings = KioskSettings(), keymap: Keymap? = nil
  ) {
    self.content = content
    self.sections = sections
    self.settings = settings
    self.keymap = keymap ?? .standard(sectionCount: sections.count)
    lists = ListIndex(sections, content)
    func items(where included: (any Section) -> Bool) -> [ItemRef] {
      sections.indices.filter { included(sections[$0]) }.flatMap { section in
        (0..<sections[section].itemCount(content)).map { ItemRef(section: section, index: $0) }
      }
    }
    attractSlides = items { $0.isInAttract }
    tourStops = items { $0.isInTour }
    languages = content.languages.filter { UIString.tables[$0.code] != nil }
    axisSection = sections.firstIndex { $0.hasTimeAxis }
  }

  /// The state a visitor meets: the first section, its first item selected.
  public func initialState(size: Size, at now: Double = 0) -> AppState {
    AppState(
      size: size, language: settings.startLanguage, highContrast: settings.startsHighContrast,
      lastInputAt: now
    ).fitted()
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
    state.screen = .tour(Tour(stop: 0, nextStepAt: now + settings.tourStep))
    showStop(0, in: &state)
    return state.fitted()
  }

  /// How many items `section` lists.
  public func itemCount(_ section: Int) -> Int { sections[section].itemCount(content) }

  /// Whether `item` names an item of the content.
  public func contains(_ item: ItemRef) -> Bool {
    sections.indices.contains(item.section) && (0..<itemCount(item.section)).contains(item.index)
  }

  /// An item's text wrapped to `width`.
  public func document(_ item: ItemRef, _ language: Language, width: Int) -> [DocumentLine] {
    guard contains(item) else { return [] }
    return sections[item.section].document(item.index, content, language, width: width)
  }

  /// The photo a curator added to `item`; nil for none.
  public func photo(_ item: ItemRef) -> Photo? {
    guard contains(item) else { return nil }
    return sections[item.section].photo(item.index, content)
  }

  /// "Event 3 of 21": where `item` stands in its list.
  public func counter(_ item: ItemRef, _ language: Language) -> String {
    sections[item.section].counter(item.index + 1, of: itemCount(item.section), language)
  }

  /// Where everything goes on the screen for `state`.
  public func layout(_ state: AppState) -> ScreenLayout {
    let photo = state.reading.flatMap { self.photo(ItemRef(section: $0.section, index: $0.index)) }
    return layout(
      size: state.size, section: state.reading?.section ?? state.section,
      readingPhoto: photo != nil)
  }

  /// Whether any item has a photo: only then is anything made to show them.
  public var hasPhotos: Bool {
    sections.indices.contains { section in
      (0..<itemCount(section)).contains { sections[section].photo($0, content) != nil }
    }
  }

  /// Where everything goes on a screen of `size` showing `section`;
  /// `readingPhoto`: the item read has a photo.
  public func layout(size: Size, section: Int, readingPhoto: Bool = false) -> ScreenLayout {
    ScreenLayout(
      size: size, section: section, sectionCount: sections.count, axisSection: axisSection,
      readingPhoto: readingPhoto)
  }

  /// The reading view's text for `reading`, wrapped to the screen's column.
  public func readerLines(_ reading: Reading, _ state: AppState) -> [DocumentLine] {
    let width = layout(state).readerText.width
    let item = ItemRef(section: reading.section, index: reading.index)
    return document(item, state.textLanguage, width: width)
  }

  /// The furthest the reading view can scroll: the last line at the bottom.
  public func maxScroll(_ reading: Reading, _ state: AppState) -> Int {
    max(0, readerLines(reading, state).count - layout(state).readerText.height)
  }

  /// Every item's texts, folded for search.
  public var searchIndex: SearchIndex { lazySearchIndex.get { SearchIndex(self) } }

  /// What `search` finds, best first.
  public func results(_ search: SearchSession) -> [SearchResult] {
    searchIndex.results(for: search.query)
  }

  /// The web address of the item in view, if it has one.
  public func webAddress(_ state: AppState) -> String? {
    let item =
      state.textRead.map { ItemRef(section: $0.section, index: $0.index) }
      ?? ItemRef(section: state.section, index: state.selected(in: state.section))
    guard contains(item) else { return nil }
    return sections[item.section].webAddress(item.index, content)
  }

  /// Whether `command` does anything in `state`, for the footer to offer
  /// only what does: the QR code only where there is an address.
  public func isAvailable(_ command: Command?, _ state: AppState) -> Bool {
    command != .showCode || webAddress(state) != nil
  }

  /// The language after `language` in the kiosk's list, round to the first.
  public func language(after language: Language) -> Language {
    guard let index = languages.firstIndex(where: { $0.code == language.code }) else {
      return languages.first ?? language
    }
    return languages[(index + 1) % languages.count]
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
    guard tourStops.indices.contains(stop) else { return }
    let item = tourStops[stop]
    state.section = item.section
    state.selection[item.section] = item.index
  }
}

/// One item of the content: which section, which position in its list.
public struct ItemRef: Hashable, Sendable {
  public var section: Int
  public var index: Int
  public init(section: Int, index: Int) {
    self.section = section
    self.index = index
  }
}

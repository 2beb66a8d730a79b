import HistoryContent
import TerminalKit

/// The selected item of each section; each keeps its own, 0 at first.
/// Written as a dictionary literal of section and item: `[0: 3, 1: 1]`.
public struct Selections: Hashable, Sendable, ExpressibleByDictionaryLiteral,
  CustomStringConvertible
{
  /// Only the sections whose selection is not the first item: two states
  /// that select the same items are equal however they got there.
  private var moved: [Int: Int] = [:]

  public init(dictionaryLiteral elements: (Int, Int)...) {
    for (section, index) in elements { self[section] = index }
  }

  public subscript(section: Int) -> Int {
    get { moved[section] ?? 0 }
    set { moved[section] = newValue == 0 ? nil : newValue }
  }

  public var description: String { "\(moved.sorted { $0.key < $1.key })" }
}

/// The full-screen reading view of one item.
public struct Reading: Hashable, Sendable {
  public var section: Int
  public var index: Int
  /// The first document line shown.
  public var scroll: Int
  public init(section: Int, index: Int, scroll: Int = 0) {
    self.section = section
    self.index = index
    self.scroll = scroll
  }
}

/// The attract loop that plays while nobody is at the kiosk.
public struct Attract: Hashable, Sendable {
  /// Which of the kiosk's attract slides shows.
  public var slide: Int
  /// When the next slide is due, in the loop's clock (seconds).
  public var nextStepAt: Double
  public init(slide: Int, nextStepAt: Double) {
    self.slide = slide
    self.nextStepAt = nextStepAt
  }
}

/// The presenter's guided tour.
public struct Tour: Hashable, Sendable {
  public var stop: Int
  public var isPaused: Bool
  /// When the tour moves on by itself (ignored while paused).
  public var nextStepAt: Double
  public init(stop: Int, isPaused: Bool = false, nextStepAt: Double) {
    self.stop = stop
    self.isPaused = isPaused
    self.nextStepAt = nextStepAt
  }
}

/// What fills the screen. The one value the reducer, the views, the keymap
/// and the announcer read to know where the visitor is.
public indirect enum Screen: Hashable, Sendable {
  /// The sections' lists and the selected item.
  case browse
  /// One item's whole text.
  case read(Reading)
  /// The attract loop (kiosk mode, nobody there).
  case attract(Attract)
  /// The presenter's tour: the lists, with a narration line.
  case tour(Tour)
  /// The window is smaller than the layout needs; `hidden` is what shows
  /// again once it is large enough.
  case tooSmall(hidden: Screen)

  /// The screen itself, whether or not the window is large enough for it.
  public var unhidden: Screen {
    if case .tooSmall(let hidden) = self { return hidden.unhidden }
    return self
  }
}

/// What stands over the screen, if anything.
public indirect enum Overlay: Hashable, Sendable {
  /// Every key.
  case help
  /// "Quit? (y/n)"; answering no shows `over` again, the help perhaps.
  case quitQuestion(over: Overlay?)
  /// The search line, its results, or a result being read.
  case search(SearchSession)
  /// A web address as a QR code, to scan with a phone.
  case qrCode(String)
}

/// Everything that changes while a visitor explores. Pure data: the screen
/// is a function of this and the content.
public struct AppState: Hashable, Sendable {
  public var screen: Screen
  public var overlay: Overlay?
  /// The section shown, an index into the kiosk's sections.
  public var section: Int
  /// The selected item of each section.
  public var selection: Selections
  public var size: Size
  public var language: Language
  /// The high-contrast theme, for visitors with low vision.
  public var highContrast: Bool
  /// The terminal shows only ASCII (no UTF-8 locale): a fact about the
  /// terminal, like its size, kept through every reset.
  public var asciiOnly: Bool
  /// False once the visitor has confirmed quitting.
  public var isRunning: Bool
  /// When the last key arrived, in the loop's clock (seconds); the idle
  /// reset counts from here.
  public var lastInputAt: Double
  /// How many keys of the operator's exit sequence have been typed so far.
  public var operatorProgress: Int

  public init(
    section: Int = 0, selection: Selections = [:], screen: Screen = .browse,
    overlay: Overlay? = nil, size: Size, language: Language = .english,
    highContrast: Bool = false, asciiOnly: Bool = false, isRunning: Bool = true,
    lastInputAt: Double = 0, operatorProgress: Int = 0
  ) {
    self.screen = screen
    self.overlay = overlay
    self.section = section
    self.selection = selection
    self.size = size
    self.language = language
    self.highContrast = highContrast
    self.asciiOnly = asciiOnly
    self.isRunning = isRunning
    self.lastInputAt = lastInputAt
    self.operatorProgress = operatorProgress
  }

  /// The language to show texts in, in ASCII where the terminal needs it.
  public var textLanguage: Language { Language(language.code, asciiOnly: asciiOnly) }

  /// The selected index in `section` (0 until the visitor moves).
  public func selected(in section: Int) -> Int { selection[section] }

  /// The item being read, if any.
  public var reading: Reading? {
    if case .read(let reading) = screen.unhidden { return reading }
    return nil
  }

  /// The attract loop, while it plays.
  public var attract: Attract? {
    if case .attract(let attract) = screen.unhidden { return attract }
    return nil
  }

  /// The tour, while it runs.
  public var tour: Tour? {
    if case .tour(let tour) = screen.unhidden { return tour }
    return nil
  }

  /// The search under way, if any.
  public var search: SearchSession? {
    if case .search(let search) = overlay { return search }
    return nil
  }

  /// The text being read: a search result's, or the reading view's.
  public var textRead: Reading? { search?.opened ?? (search == nil ? reading : nil) }

  /// Puts `reading` back where `textRead` came from.
  mutating func setTextRead(_ reading: Reading) {
    if var search, search.opened != nil {
      search.opened = reading
      overlay = .search(search)
    } else if self.reading != nil {
      screen = .read(reading)
    }
  }

  /// Which keys apply: the quit question over everything, then a window
  /// too small for the rest, then the help or the search, then the screen.
  public var mode: Mode {
    if case .quitQuestion = overlay { return .quitPrompt }
    if case .tooSmall = screen { return .tooSmall }
    if overlay == .help { return .help }
    if case .qrCode = overlay { return .code }
    if let search {
      if search.opened != nil { return .searchReading }
      return search.isOnLine ? .searchLine : .searchResults
    }
    switch screen {
    case .browse, .tooSmall: return .browsing
    case .read: return .reading
    case .attract: return .attract
    case .tour: return .tour
    }
  }
}

/// The contexts in which keys mean different things.
public enum Mode: Hashable, Sendable, CaseIterable {
  case browsing, reading, help, quitPrompt, tooSmall, attract, tour
  /// Typing into the search line, moving through its results, reading one.
  case searchLine, searchResults, searchReading
  /// A QR code over everything.
  case code
}

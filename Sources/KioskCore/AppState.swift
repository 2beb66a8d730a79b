import HistoryContent

/// The three panes, in the order Tab visits them and 1, 2, 3 name them.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
  case timeline, work, exhibition
}

/// The selected item of each pane; each pane keeps its own, 0 at first.
/// Written as a dictionary literal: `[.timeline: 3, .work: 1]`.
public struct Selections: Hashable, Sendable, ExpressibleByDictionaryLiteral,
  CustomStringConvertible
{
  private var indices = [0, 0, 0]

  public init(dictionaryLiteral elements: (Pane, Int)...) {
    for (pane, index) in elements { indices[pane.rawValue] = index }
  }

  public subscript(pane: Pane) -> Int {
    get { indices[pane.rawValue] }
    set { indices[pane.rawValue] = newValue }
  }

  public var description: String { "\(indices)" }
}

/// The full-screen reading view of one item.
public struct Reading: Hashable, Sendable {
  public var pane: Pane
  public var index: Int
  /// The first document line shown.
  public var scroll: Int
  public init(pane: Pane, index: Int, scroll: Int = 0) {
    self.pane = pane
    self.index = index
    self.scroll = scroll
  }
}

/// The attract loop that plays while nobody is at the kiosk.
public struct Attract: Hashable, Sendable {
  /// Which slide shows: the timeline's events, then the exhibition's captions.
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

/// Everything that changes while a visitor explores. Pure data: the screen
/// is a function of this and the content.
public struct AppState: Hashable, Sendable {
  public var pane: Pane
  /// The selected item of each pane.
  public var selection: Selections
  public var reading: Reading?
  /// The help overlay covers the panes or the reading view.
  public var showsHelp: Bool
  /// "Quit? (y/n)" is asked over whatever is on screen, help included, and
  /// answering no returns to exactly that.
  public var asksToQuit: Bool
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
  /// Set while the attract loop plays (kiosk mode, nobody there).
  public var attract: Attract?
  /// Set while the presenter's tour runs.
  public var tour: Tour?
  /// How many keys of the operator's exit sequence have been typed so far.
  public var operatorProgress: Int

  public init(
    pane: Pane = .timeline, selection: Selections = [:], reading: Reading? = nil,
    showsHelp: Bool = false, asksToQuit: Bool = false, size: Size, language: Language = .english,
    highContrast: Bool = false, asciiOnly: Bool = false,
    isRunning: Bool = true, lastInputAt: Double = 0, attract: Attract? = nil, tour: Tour? = nil,
    operatorProgress: Int = 0
  ) {
    self.pane = pane
    self.selection = selection
    self.reading = reading
    self.showsHelp = showsHelp
    self.asksToQuit = asksToQuit
    self.size = size
    self.language = language
    self.highContrast = highContrast
    self.asciiOnly = asciiOnly
    self.isRunning = isRunning
    self.lastInputAt = lastInputAt
    self.attract = attract
    self.tour = tour
    self.operatorProgress = operatorProgress
  }

  /// The language to show texts in, in ASCII where the terminal needs it.
  public var textLanguage: Language { Language(language.code, asciiOnly: asciiOnly) }

  /// The selected index in `pane` (0 until the visitor moves).
  public func selected(in pane: Pane) -> Int { selection[pane] }

  /// Where the visitor is, which decides what the keys do.
  public var mode: Mode {
    if asksToQuit { return .quitPrompt }
    if !size.isLargeEnough { return .tooSmall }
    if attract != nil { return .attract }
    if tour != nil { return .tour }
    if showsHelp { return .help }
    return reading == nil ? .browsing : .reading
  }
}

/// The contexts in which keys mean different things.
public enum Mode: Hashable, Sendable, CaseIterable {
  case browsing, reading, help, quitPrompt, tooSmall, attract, tour
}

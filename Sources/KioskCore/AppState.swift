import HistoryContent

/// The three panes, in the order Tab visits them and 1, 2, 3 name them.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
  case timeline, work, exhibition
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

/// Everything that changes while a visitor explores. Pure data: the screen
/// is a function of this and the content.
public struct AppState: Hashable, Sendable {
  public var pane: Pane
  /// The selected item of each pane; each pane keeps its own.
  public var selection: [Pane: Int]
  public var reading: Reading?
  /// The help overlay covers the panes or the reading view.
  public var showsHelp: Bool
  /// "Quit? (y/n)" is asked over whatever is on screen, help included, and
  /// answering no returns to exactly that.
  public var asksToQuit: Bool
  public var size: Size
  public var language: Language
  /// False once the visitor has confirmed quitting.
  public var isRunning: Bool

  public init(
    pane: Pane = .timeline, selection: [Pane: Int] = [:], reading: Reading? = nil,
    showsHelp: Bool = false, asksToQuit: Bool = false, size: Size, language: Language = .english,
    isRunning: Bool = true
  ) {
    self.pane = pane
    self.selection = selection
    self.reading = reading
    self.showsHelp = showsHelp
    self.asksToQuit = asksToQuit
    self.size = size
    self.language = language
    self.isRunning = isRunning
  }

  /// The selected index in `pane` (0 until the visitor moves).
  public func selected(in pane: Pane) -> Int { selection[pane] ?? 0 }

  /// Where the visitor is, which decides what the keys do.
  public var mode: Mode {
    if asksToQuit { return .quitPrompt }
    if !size.isLargeEnough { return .tooSmall }
    if showsHelp { return .help }
    return reading == nil ? .browsing : .reading
  }
}

/// The contexts in which keys mean different things.
public enum Mode: Hashable, Sendable, CaseIterable {
  case browsing, reading, help, quitPrompt, tooSmall
}

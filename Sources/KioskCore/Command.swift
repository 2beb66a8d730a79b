import TerminalKit

/// What a visitor can ask for; keys map to these through the keymap.
public enum Command: Hashable, Sendable {
  case previous, next
  case pageUp, pageDown
  case first, last
  case previousSection, nextSection
  /// Show the section at this index of the kiosk's sections.
  case showSection(Int)
  case open, back
  case previousItem, nextItem
  case toggleHelp
  /// Switch to the next of the kiosk's languages.
  case nextLanguage
  case toggleContrast
  case askToQuit, confirmQuit, cancel
  /// Ctrl-C outside kiosk mode: leave at once, as every terminal program does.
  case quitNow
  /// The presenter's tour: pause or resume, step back or on.
  case pauseTour, previousStop, nextStop
  /// Open the search line, or go back to it from the results.
  case search
  /// Leave the search line for its results.
  case toResults
  /// Type into the search line, or take the last character back.
  case type(Character)
  case deleteBackward
  /// Scroll to the next or previous match in a search result being read.
  case nextMatch, previousMatch
  /// Show the web address of the item in view as a QR code.
  case showCode
  /// Ctrl-L: the loop draws the whole screen again; the state stays as it is.
  case redraw

  /// Commands that end the app without an operator: locked in kiosk mode.
  var isExit: Bool { self == .askToQuit || self == .quitNow }
}

/// Everything that can happen to the app.
public enum Action: Hashable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(Size)
  case command(Command)
  /// Time passed: the loop woke for a deadline (idle reset, attract slide,
  /// tour step). The time itself comes with every `reduce`.
  case tick
}

/// What a visitor can ask for; keys map to these through the keymap.
public enum Command: Hashable, Sendable {
  case previous, next
  case pageUp, pageDown
  case first, last
  case previousPane, nextPane
  case showPane(Pane)
  case open, back
  case previousItem, nextItem
  case toggleHelp
  case askToQuit, confirmQuit, cancel
  /// Ctrl-C outside kiosk mode: leave at once, as every terminal program does.
  case quitNow
}

/// Everything that can happen to the app.
public enum Action: Hashable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(Size)
  case command(Command)
}

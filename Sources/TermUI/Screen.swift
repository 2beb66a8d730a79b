import HistoryContent
import KioskCore

/// The view function: the whole screen for a state, drawn into a buffer.
public enum Screen {
  public static func render(_ kiosk: Kiosk, _ state: AppState) -> Buffer {
    var buffer = Buffer(size: state.size, asciiOnly: state.asciiOnly)
    guard state.size.isLargeEnough else {
      state.asksToQuit ? Prompts.quit(&buffer, kiosk, state) : Prompts.tooSmall(&buffer, state)
      return buffer
    }
    if let attract = state.attract {
      AttractView.draw(&buffer, kiosk, state, attract)
      return buffer
    }
    if let reading = state.reading {
      ReaderView.draw(&buffer, kiosk, state, reading)
    } else {
      BrowseView.draw(&buffer, kiosk, state)
    }
    if let tour = state.tour { TourView.narrate(&buffer, kiosk, state, tour) }
    Chrome.footer(&buffer, kiosk, state)
    if state.showsHelp { HelpView.draw(&buffer, kiosk, state) }
    if state.asksToQuit { Prompts.quit(&buffer, kiosk, state) }
    return buffer
  }

  /// Whether `old` and `new` draw the same screen: they differ at most in
  /// what no view draws (the time of the last input, the operator's
  /// progress through the quit keys). A key that changes nothing else, Up
  /// at the top of a list, needs no frame.
  public static func showsSame(_ old: AppState, _ new: AppState) -> Bool {
    var new = new
    new.lastInputAt = old.lastInputAt
    new.operatorProgress = old.operatorProgress
    return new == old
  }
}

import HistoryContent
import KioskCore

/// The view function: the whole screen for a state, drawn into a buffer.
public enum Screen {
  public static func render(_ kiosk: Kiosk, _ state: AppState) -> Buffer {
    var buffer = Buffer(size: state.size, asciiOnly: state.asciiOnly)
    render(kiosk, state, into: &buffer)
    return buffer
  }

  /// Draws the screen for `state` into `buffer`, whose cells are blanked
  /// first and reused when it has the state's size and holds them alone:
  /// the event loop draws every frame into the buffer of the frame before
  /// last, instead of allocating a screenful of cells for each key.
  public static func render(_ kiosk: Kiosk, _ state: AppState, into buffer: inout Buffer) {
    buffer.reset(size: state.size, asciiOnly: state.asciiOnly)
    guard state.size.isLargeEnough else {
      state.asksToQuit ? Prompts.quit(&buffer, kiosk, state) : Prompts.tooSmall(&buffer, state)
      return
    }
    if let attract = state.attract {
      AttractView.draw(&buffer, kiosk, state, attract)
      return
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

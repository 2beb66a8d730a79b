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
}

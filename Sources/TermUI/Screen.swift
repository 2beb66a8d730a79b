import HistoryContent
import KioskCore

/// The view function: the whole screen for a state, drawn into a buffer.
public enum Screen {
  public static func render(_ kiosk: Kiosk, _ state: AppState) -> Buffer {
    var buffer = Buffer(size: state.size)
    guard state.size.isLargeEnough else {
      state.asksToQuit ? Prompts.quit(&buffer, state) : Prompts.tooSmall(&buffer, state)
      return buffer
    }
    if let reading = state.reading {
      ReaderView.draw(&buffer, kiosk, state, reading)
    } else {
      BrowseView.draw(&buffer, kiosk, state)
    }
    Chrome.footer(&buffer, kiosk.keymap, state)
    if state.showsHelp { HelpView.draw(&buffer, kiosk.keymap, state) }
    if state.asksToQuit { Prompts.quit(&buffer, state) }
    return buffer
  }
}

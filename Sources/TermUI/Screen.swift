import HistoryContent
import KioskCore

/// The view function: the whole screen for a state, drawn into a buffer.
public enum Screen {
  public static func render(_ kiosk: Kiosk, _ state: AppState) -> Buffer {
    var buffer = Buffer(size: state.size)
    guard state.size.isLargeEnough else {
      if state.overlay == .quitConfirmation {
        Prompts.quit(&buffer, state)
      } else {
        Prompts.tooSmall(&buffer, state)
      }
      return buffer
    }
    if let reading = state.reading {
      ReaderView.draw(&buffer, kiosk, state, reading)
    } else {
      BrowseView.draw(&buffer, kiosk, state)
    }
    Chrome.footer(&buffer, kiosk.keymap, state)
    switch state.overlay {
    case .help: HelpView.draw(&buffer, kiosk.keymap, state)
    case .quitConfirmation: Prompts.quit(&buffer, state)
    case nil: break
    }
    return buffer
  }
}

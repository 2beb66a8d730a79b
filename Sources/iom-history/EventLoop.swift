import CursesBackend
import KioskCore
import TermUI

/// The loop: wait for input, reduce it into the state, draw what changed.
enum EventLoop {
  /// Runs until the visitor quits; returns the termination signal that ended
  /// it, if one did. Prints plain text instead when there is no usable terminal.
  static func run(_ kiosk: Kiosk) -> Int32? {
    guard let terminal = Terminal() else {
      print(PlainText.render(kiosk))
      return nil
    }
    defer { terminal.close() }
    var state = kiosk.initialState(size: terminal.size)
    terminal.draw(Screen.render(kiosk, state))
    while state.isRunning {
      let action: Action
      // Nothing to animate yet: block until the visitor or the terminal acts.
      switch terminal.next(timeout: -1) {
      case .key(let key): action = .key(key)
      case .resize(let size): action = .resize(size)
      case .signal(let signal): return signal
      case .none: continue
      }
      let next = kiosk.reduce(state, action)
      if next != state || action.isResize {
        state = next
        terminal.draw(Screen.render(kiosk, state))
      }
    }
    return nil
  }
}

extension Action {
  fileprivate var isResize: Bool {
    if case .resize = self { return true }
    return false
  }
}

import CNcurses
import Glibc
import KioskCore

/// Reads what curses has for us, one event at a time, without waiting:
/// keys, clicks and resizes. Escape sequences curses does not know (a
/// terminal's answer, Alt+key, an F-key it has no name for) and pasted text
/// are swallowed whole, so no stray part of them acts as a key.
final class InputReader {
  private let window: UnsafeMutablePointer<WINDOW>

  init(window: UnsafeMutablePointer<WINDOW>) { self.window = window }

  /// The next event, `.none` for input that means nothing, nil for no input.
  func read(size: () -> Size) -> TerminalEvent? {
    guard let (result, code) = nextCode(waiting: 0) else { return nil }
    if result == shim_key_code_yes() {
      if code == KEY_RESIZE {
        // Curses marked its window changed; left so, the next read would
        // have curses draw it (blank) over the app's frame.
        untouchwin(window)
        return .resize(size())
      }
      if code == KEY_MOUSE { return mouse() }
      return KeyDecoder.functionKey(Int32(code)).map(TerminalEvent.key) ?? TerminalEvent.none
    }
    if code == 27 { return escape() }
    return KeyDecoder.character(UInt32(code)).map(TerminalEvent.key) ?? TerminalEvent.none
  }

  /// One code from curses within `milliseconds`, or nil.
  private func nextCode(waiting milliseconds: Int32) -> (Int32, wint_t)? {
    wtimeout(window, milliseconds)
    var code: wint_t = 0
    let result = wget_wch(window, &code)
    return result == ERR ? nil : (result, code)
  }

  /// A lone Esc is the Esc key. Anything right behind it is a sequence curses
  /// could not name: read it to its end and drop it. A bracketed paste
  /// (ESC [ 200 ~ … ESC [ 201 ~) is dropped with everything pasted.
  private func escape() -> TerminalEvent {
    // Curses has already waited ESCDELAY (25 ms) for the rest of a sequence
    // it knows: whatever belongs to this one has arrived by now.
    guard let (_, introducer) = nextCode(waiting: 0) else { return .key(.escape) }
    switch introducer {
    case 0x5B:  // "[": CSI parameters, then a final byte
      let body = readCSI()
      if body == "200~" { skipPaste() }
    case 0x4F:  // "O": SS3 and one more byte
      _ = nextCode(waiting: 5)
    case 0x5D, 0x50, 0x5F, 0x5E:  // "]" OSC, "P" DCS, "_" APC, "^" PM: up to BEL or ST
      skipString()
    default:
      break  // Alt+key: ignored, the kiosk has no Alt bindings
    }
    return .none
  }

  /// The bytes of a CSI sequence up to and including its final byte.
  private func readCSI() -> String {
    var body = ""
    while body.count < 32, let (_, code) = nextCode(waiting: 5), let scalar = Unicode.Scalar(code) {
      body.unicodeScalars.append(scalar)
      if (0x40...0x7E).contains(code) { break }
    }
    return body
  }

  private func skipString() {
    var previous: wint_t = 0
    for _ in 0..<4096 {
      guard let (_, code) = nextCode(waiting: 5) else { return }
      if code == 7 || (previous == 27 && code == 0x5C) { return }
      previous = code
    }
  }

  /// Everything up to ESC [ 201 ~, the end of a paste; bounded so that a
  /// paste that never ends cannot hold the kiosk.
  private func skipPaste() {
    let end: [wint_t] = [27, 0x5B, 0x32, 0x30, 0x31, 0x7E]
    var matched = 0
    for _ in 0..<1_000_000 {
      guard let (_, code) = nextCode(waiting: 50) else { return }
      matched = code == end[matched] ? matched + 1 : (code == end[0] ? 1 : 0)
      if matched == end.count { return }
    }
  }

  /// The pending mouse event as the app's `MouseEvent`. A slow press and
  /// release (a finger on a touch screen) arrives as RELEASED, not CLICKED:
  /// both count as a click.
  private func mouse() -> TerminalEvent {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return .none }
    let state = event.bstate
    let kind: MouseEvent.Kind
    if state & shim_button1_double_clicked() != 0 {
      kind = .doubleClick
    } else if state & (shim_button1_clicked() | shim_button1_released()) != 0 {
      kind = .click
    } else if state & shim_button4_pressed() != 0 {
      kind = .wheelUp
    } else if state & shim_button5_pressed() != 0 {
      kind = .wheelDown
    } else {
      return .none
    }
    return .mouse(MouseEvent(kind, column: Int(event.x), row: Int(event.y)))
  }
}

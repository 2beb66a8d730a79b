import CTerminalGuard
import Glibc
import KioskCore
import OperatorLog
import TermUI
import TextLayout

/// `--plain`: the same navigation, spoken as lines of text instead of drawn
/// as a screen, for screen readers and braille displays. No curses: the
/// terminal stays a scrolling text console, with echo and line editing off
/// only while the kiosk runs.
enum PlainLoop {
  static func run(
    _ kiosk: Kiosk, log: EventLog?, start: (_ size: Size, _ now: Double) -> AppState
  ) -> Outcome {
    guard isatty(0) == 1, isatty(1) == 1 else {
      Output.result(PlainText.render(kiosk, language: kiosk.settings.startLanguage) + "\n")
      return .quit
    }
    terminal_guard_install()
    terminal_guard_log_to(log?.descriptor ?? -1)
    terminal_guard_save_modes(0)
    var saved = termios()
    tcgetattr(0, &saved)
    var keys = saved
    // Keys one by one, not echoed, Ctrl-C as a key; output still turns "\n"
    // into a new line as usual.
    keys.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
    keys.c_iflag &= ~tcflag_t(IXON | ICRNL)
    tcsetattr(0, TCSANOW, &keys)
    terminal_guard_arm("\r\n")
    defer {
      tcsetattr(0, TCSANOW, &saved)
      terminal_guard_disarm()
    }
    log?.write("start (plain)")
    log?.write("start language: \(kiosk.settings.startLanguage.code)")
    var state = start(size(), MonotonicClock.now())
    say(Announcer.lines(kiosk, from: nil, to: state))
    // One decoder for the whole session: a key's sequence that a read cuts
    // in two is still one key.
    var decoder = InputDecoder()
    var bytes = [UInt8](repeating: 0, count: 512)
    while state.isRunning {
      let waitsForRest = decoder.isWaiting
      let deadline = EventLoop.milliseconds(until: kiosk.nextDeadline(state))
      let ready = terminal_guard_wait(0, decoder.wait(otherwise: deadline))
      let signal = terminal_guard_pending_signal()
      if signal != 0 || ready < 0 {
        let ending = signal != 0 ? signal : SIGHUP
        log?.write("stop: signal \(ending)")
        return .signal(ending)
      }
      var actions: [Action] = []
      if ready > 0 {
        let count = read(0, &bytes, bytes.count)
        guard count > 0 else { return .signal(SIGHUP) }
        bytes.withUnsafeBufferPointer {
          decoder.append(UnsafeBufferPointer(rebasing: $0[..<count]))
        }
      } else if waitsForRest, case .key(let key)? = decoder.finish() {
        actions.append(.key(key))
      } else {
        actions.append(.tick)
      }
      while let event = decoder.next() {
        if case .key(let key) = event { actions.append(.key(key)) }
      }
      for action in actions where state.isRunning {
        let next = kiosk.reduce(state, action, at: MonotonicClock.now())
        log.map { EventLogger.record(from: state, to: next, of: kiosk, in: $0) }
        say(Announcer.lines(kiosk, from: state, to: next))
        state = next
      }
    }
    log?.write("stop: quit")
    return .quit
  }

  /// Prints `lines`, wrapped at word boundaries to the terminal's width (a
  /// braille display shows whole words), with a blank line after them.
  private static func say(_ lines: [String]) {
    guard !lines.isEmpty else { return }
    var window = winsize()
    let width =
      ioctl(1, UInt(TIOCGWINSZ), &window) == 0 && window.ws_col > 0 ? Int(window.ws_col) : 80
    let wrapped = lines.flatMap { $0.isEmpty ? [""] : Wrap.lines($0, width: width) }
    Output.standardOutput(wrapped.joined(separator: "\n") + "\n\n")
  }

  /// The terminal's size, never smaller than the full layout's minimum: in
  /// plain mode nothing is laid out, so a small console must not lock the keys.
  private static func size() -> Size {
    var window = winsize()
    let measured = ioctl(1, UInt(TIOCGWINSZ), &window) == 0
    let width = measured ? Int(window.ws_col) : 0
    let height = measured ? Int(window.ws_row) : 0
    return Size(width: max(width, Size.minimum.width), height: max(height, Size.minimum.height))
  }
}

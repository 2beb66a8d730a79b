import KioskCore
import OperatorLog
import TermUI
import TerminalKit
import TextLayout

/// `--plain`: the same navigation, spoken as lines of text instead of drawn
/// as a screen, for screen readers and braille displays. The terminal stays
/// a scrolling text console, with echo and line editing off only while the
/// kiosk runs.
enum PlainLoop {
  static func run(
    _ kiosk: Kiosk, log: EventLog?, recording: SessionRecording?,
    start: (_ size: Size, _ now: Double) -> AppState
  ) -> Outcome {
    guard let terminal = TerminalSession.plain(logDescriptor: log?.descriptor) else {
      Output.result(PlainText.render(kiosk, language: kiosk.settings.startLanguage) + "\n")
      return .quit
    }
    defer { terminal.close() }
    log?.write("start (plain)")
    log?.write("start language: \(kiosk.settings.startLanguage.code)")
    // Never smaller than the full layout's minimum: in plain mode nothing is
    // laid out, so a small console must not lock the keys.
    let measured = terminal.size
    let size = Size(
      width: max(measured.width, Size.minimum.width),
      height: max(measured.height, Size.minimum.height))
    var state = start(size, MonotonicClock.now())
    recording?.start(on: terminal, size: measured)
    say(Announcer.lines(kiosk, from: nil, to: state), on: terminal)
    while state.isRunning {
      let deadline = EventLoop.milliseconds(until: kiosk.nextDeadline(state))
      let action: Action
      switch terminal.next(timeout: deadline) {
      case .key(let key): action = .key(key)
      case .signal(let signal):
        log?.write("stop: signal \(signal)")
        return .signal(signal)
      case .none: action = .tick
      // Nothing is laid out and nothing can be clicked; the lines said stay.
      case .resize, .mouse, .redraw, .woken, .capabilities: continue
      }
      let next = kiosk.reduce(state, action, at: MonotonicClock.now())
      log.map { EventLogger.record(from: state, to: next, of: kiosk, in: $0) }
      say(Announcer.lines(kiosk, from: state, to: next), on: terminal)
      state = next
    }
    log?.write("stop: quit")
    return .quit
  }

  /// Prints `lines`, wrapped at word boundaries to the terminal's width (a
  /// braille display shows whole words), with a blank line after them.
  private static func say(_ lines: [String], on terminal: TerminalSession) {
    guard !lines.isEmpty else { return }
    let width = terminal.size.width
    let wrapped = lines.flatMap { PlainText.wrapKeepingWords($0, width: width) }
    terminal.write(wrapped.joined(separator: "\n") + "\n\n")
  }
}

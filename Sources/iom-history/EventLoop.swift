import Glibc
import KioskCore
import OperatorLog
import Pictures
import TermUI
import TerminalKit

/// How a run ended.
enum Outcome {
  case quit
  case signal(Int32)

  /// Ends the process the way the signal would have, now that the terminal
  /// is restored, so a service manager sees what happened.
  func finish() {
    guard case .signal(let signal) = self else { return }
    TerminalSession.die(by: signal)
  }
}

/// The loop: wait for input or the next deadline, reduce what happened into
/// the state, draw what changed.
enum EventLoop {
  /// Runs until the visitor quits or a signal arrives. Prints plain text
  /// instead when there is no usable terminal.
  static func run(
    _ kiosk: Kiosk, log: EventLog?, recording: SessionRecording?,
    start: (_ size: Size, _ now: Double) -> AppState
  ) -> Outcome {
    let noColor = getenv("NO_COLOR") != nil
    // Photos only where the content has any: no question to the terminal
    // and no worker thread otherwise.
    let hasPhotos = kiosk.hasPhotos
    guard
      let terminal = TerminalSession.screen(
        noColor: noColor, logDescriptor: log?.descriptor, asksGraphics: hasPhotos)
    else {
      Output.result(PlainText.render(kiosk, language: kiosk.settings.startLanguage) + "\n")
      return .quit
    }
    defer { terminal.close() }
    log?.write("start")
    log?.write("start language: \(kiosk.settings.startLanguage.code)")
    var state = start(terminal.size, MonotonicClock.now())
    recording?.start(on: terminal, size: state.size)
    state.asciiOnly = !terminal.isUnicode
    // Two buffers in turn: the frame on screen, which the terminal keeps to
    // compare the next one with, and the one before, drawn over anew.
    var shown = Buffer(size: state.size)
    var spare = Buffer(size: state.size)
    let photos = hasPhotos ? PhotoPictures() : nil
    let renderer = Renderer(kiosk, pictures: photos)
    func learnGraphics() {
      photos?.isAsking = terminal.isAskingGraphics
      photos?.form = PictureForm.best(
        graphics: terminal.graphics, colorDepth: terminal.colorDepth,
        isUnicode: terminal.isUnicode)
      photos?.cell = terminal.cellPixels ?? PhotoPictures.usualCell
    }
    learnGraphics()
    let standard = Theme.standard.palette(terminal.colorDepth)
    let highContrast = Theme.highContrast.palette(terminal.colorDepth)
    func draw(_ state: AppState) {
      renderer.render(state, into: &spare)
      terminal.draw(
        spare, palette: state.highContrast ? highContrast : standard,
        showFocus: kiosk.settings.showsCursor)
      // Two variables, not two parts of one: swapping parts of one variable
      // the closure captures is two overlapping accesses to it.
      swap(&shown, &spare)
    }
    draw(state)
    while state.isRunning {
      // Sleep until input, or until the next thing is due; with no deadline
      // (no kiosk timers, tour paused) the loop does not wake at all.
      let deadline = kiosk.nextDeadline(state)
      let event = terminal.next(
        timeout: milliseconds(until: deadline), wake: photos?.wakeDescriptor ?? -1)
      let now = MonotonicClock.now()
      let action: Action
      // Drawn whole: the terminal's screen may show something else.
      var whole = false
      switch event {
      case .key(let key):
        action = .key(key)
        whole = kiosk.keymap.command(for: key, in: state.mode) == .redraw
      case .resize(let size):
        action = .resize(size)
        // A new font size may come with it.
        photos?.cell = terminal.cellPixels ?? PhotoPictures.usualCell
        recording?.resize(to: size)
      case .mouse(let event): action = .mouse(event)
      case .redraw:
        action = .tick
        whole = true
      case .signal(let signal):
        log?.write("stop: signal \(signal)")
        return .signal(signal)
      case .woken:
        // A picture is done: the same state, drawn again to show it.
        photos?.takeWake()
        draw(state)
        continue
      case .capabilities:
        learnGraphics()
        draw(state)
        continue
      case .none: action = .tick
      }
      let next = kiosk.reduce(state, action, at: now)
      log.map { EventLogger.record(from: state, to: next, of: kiosk, in: $0) }
      if whole { terminal.forgetScreen() }
      let redraw = whole || action.isResize || !Renderer.showsSame(state, next)
      state = next
      if redraw { draw(state) }
    }
    log?.write("stop: quit")
    return .quit
  }

  /// The wait until `deadline`, for the terminal: -1 for none, never negative.
  static func milliseconds(until deadline: Double?) -> Int32 {
    guard let deadline else { return -1 }
    let wait = (deadline - MonotonicClock.now()) * 1000
    return Int32(min(max(0, wait.rounded(.up)), Double(Int32.max)))
  }
}

extension Action {
  fileprivate var isResize: Bool {
    if case .resize = self { return true }
    return false
  }
}

import CTerminalGuard
import Glibc

/// What the terminal reported.
public enum TerminalEvent: Equatable, Sendable {
  case key(Key)
  case resize(Size)
  case mouse(MouseEvent)
  /// The screen must be drawn whole again: the process was stopped and
  /// continued (Ctrl-Z and `fg`), and the terminal's modes have been set again.
  case redraw
  /// A signal that ends the process arrived (SIGTERM, SIGINT, SIGHUP, SIGUSR1…).
  case signal(Int32)
  /// The descriptor the loop asked to watch turned readable.
  case woken
  /// The terminal said which pictures in pixels it takes, or did not say in
  /// time: `graphics` is known now, and may be better than before.
  case capabilities
  /// Nothing within the timeout, or a key the app does not use.
  case none
}

/// The one place the app meets its terminal: the modes (through the
/// terminal guard), the window's size, the input, and the output, which
/// never blocks. Either a screen (`screen`: the alternate screen, drawn in
/// frames) or a scrolling text console (`plain`). Single-threaded by design:
/// every call comes from the event loop's thread.
public final class TerminalSession {
  /// What a screen session needs beyond a plain one; nil for plain.
  private struct Screen {
    let modes: ScreenModes
    let writer: FrameWriter
    var cursorShown = false
    /// The newest frame, held back while the last one is still on its way.
    var waiting: (buffer: Buffer, palette: Palette, cursor: Position?)?
  }

  private var screen: Screen?
  private let output: TerminalOutput
  /// Keys and clicks are read from the terminal and decoded here: one read
  /// a key, each after a poll.
  private var decoder: InputDecoder
  private var clicks = Clicks()
  private var readBuffer = [UInt8](repeating: 0, count: 4096)
  private var isOpen = true
  /// Whether the terminal shows Unicode; false: ASCII only.
  public let isUnicode: Bool
  /// How many colours the frames use (none under NO_COLOR).
  public let colorDepth: ColorDepth
  /// The image protocol the terminal said it takes; nil for none, or while
  /// it has not answered (`isAskingGraphics`).
  public private(set) var graphics: GraphicsProtocol?
  /// When the terminal is taken to have no image protocol if it has not
  /// answered the question; nil once it has, or the time is up.
  private var graphicsDeadline: Double?
  public var isAskingGraphics: Bool { graphicsDeadline != nil }
  /// How long a terminal has to answer: long enough for one over SSH, short
  /// enough that a visitor never waits on it (the first screen needs none).
  private static let graphicsWait = 0.5
  /// Gets a copy of what the session shows, as a terminal is sent it, to
  /// record the session: each frame as it goes out, and a plain session's
  /// text with the "\r\n" the terminal makes of "\n". The modes are not
  /// copied, so a recording can be played in any terminal.
  public var copyOutput: ((UnsafeBufferPointer<UInt8>) -> Void)?

  /// Takes over the terminal as a screen, or returns nil when it cannot be
  /// driven (not a terminal, TERM unset or unknown, or without cursor
  /// addressing, such as `dumb`); the caller then prints plain text.
  /// `noColor`: the NO_COLOR convention. `logDescriptor`: where a crash
  /// writes its line (the operator's log). `asksGraphics`: the terminal is
  /// asked which image protocol it takes (`graphics`), for an app that has
  /// pictures to show.
  public static func screen(
    noColor: Bool, logDescriptor: Int32? = nil, asksGraphics: Bool = false
  ) -> TerminalSession? {
    guard isatty(0) == 1, isatty(1) == 1 else { return nil }
    let isUnicode = useUTF8Locale()
    guard Terminfo.load(descriptor: 1), Terminfo.addressesCursor else { return nil }
    let codes = TerminalCodes.current()
    let depth = codes.depth(noColor: noColor)
    let screen = Screen(
      modes: .current(),
      writer: FrameWriter(terminal: codes, palette: Palette { _ in nil }, depth: depth))
    let session = TerminalSession(
      screen: screen, isUnicode: isUnicode, colorDepth: depth, logDescriptor: logDescriptor,
      keySequences: TerminalKeys.sequences())
    if asksGraphics { session.askGraphics() }
    return session
  }

  /// Takes over the terminal as a text console: keys one by one and not
  /// echoed, output still turning "\n" into a new line. Nil when standard
  /// input or output is not a terminal.
  public static func plain(logDescriptor: Int32? = nil) -> TerminalSession? {
    guard isatty(0) == 1, isatty(1) == 1 else { return nil }
    return TerminalSession(
      screen: nil, isUnicode: true, colorDepth: .none, logDescriptor: logDescriptor,
      keySequences: [])
  }

  private init(
    screen: Screen?, isUnicode: Bool, colorDepth: ColorDepth, logDescriptor: Int32?,
    keySequences: [([UInt8], Key)]
  ) {
    self.screen = screen
    self.isUnicode = isUnicode
    self.colorDepth = colorDepth
    decoder = InputDecoder(keySequences: keySequences)
    output = TerminalOutput()
    terminal_guard_install()
    terminal_guard_log_to(logDescriptor ?? -1)
    terminal_guard_output_to(output.descriptor)
    // What undoes the modes if the process dies without `close`.
    let reset = screen.map { screen in (ScreenModes.sendable("sgr0") ?? []) + screen.modes.leave }
    terminal_guard_arm(String(decoding: (reset ?? []) + Array("\r\n".utf8), as: UTF8.self))
    enter()
  }

  /// Asks the terminal which image protocol it takes: the kitty protocol's
  /// query where the terminal is one that may have it (another would show the
  /// query as text), and the primary device attributes, which every VT
  /// terminal answers, and which list sixel graphics as 4. Answers arrive as
  /// input; a terminal that gives none by the deadline has neither.
  private func askGraphics() {
    var question = ""
    if Self.mayTakeKittyImages() {
      question += "\u{1B}_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\u{1B}\\"
    }
    question += "\u{1B}[c"
    write(question)
    graphicsDeadline = MonotonicClock.now() + Self.graphicsWait
  }

  /// Kitty, Ghostty and WezTerm take kitty images, and say so in TERM or
  /// their own variables, which SSH passes on as TERM at least.
  private static func mayTakeKittyImages() -> Bool {
    let term = getenv("TERM").map { String(cString: $0) } ?? ""
    let program = getenv("TERM_PROGRAM").map { String(cString: $0) } ?? ""
    return term.contains("kitty") || term.contains("ghostty") || getenv("KITTY_WINDOW_ID") != nil
      || program == "WezTerm" || program == "ghostty"
  }

  /// What an answer says of images; `.capabilities` when it ends the question.
  private func take(_ report: TerminalReport) -> TerminalEvent {
    switch report {
    case .kittyGraphics:
      graphics = .kitty
    case .deviceAttributes(let numbers):
      // The features follow the class, which must be a VT220's or later.
      if graphics == nil, let level = numbers.first, level >= 62, numbers.dropFirst().contains(4) {
        graphics = .sixel
      }
    }
    graphicsDeadline = nil
    return .capabilities
  }

  /// The size of a cell in pixels, where the terminal says it (xterm does);
  /// nil where it does not.
  public var cellPixels: Size? {
    var reported = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &reported) == 0, reported.ws_col > 0, reported.ws_row > 0,
      reported.ws_xpixel > 0, reported.ws_ypixel > 0
    else { return nil }
    return Size(
      width: Int(reported.ws_xpixel) / Int(reported.ws_col),
      height: Int(reported.ws_ypixel) / Int(reported.ws_row))
  }

  /// Puts the terminal into the session's modes; the screen's next frame is
  /// drawn whole.
  private func enter() {
    _ = terminal_guard_set_modes(0, screen == nil ? 0 : 1)
    guard var screen else { return }
    output.send(screen.modes.enter)
    screen.cursorShown = false
    screen.writer.forgetScreen()
    self.screen = screen
  }

  /// Gives the terminal back as it was, sending what it takes within
  /// `milliseconds`: a terminal that has stopped reading gets its modes back
  /// but not the bytes that wait.
  private func leave(within milliseconds: Int32) {
    if let screen {
      output.send(screen.writer.farewell(height: size.height))
      output.send(screen.modes.leave)
    }
    output.drain(within: milliseconds)
    terminal_guard_reset_modes()
  }

  /// Wide characters print as nothing or garbage in the C locale. Take the
  /// environment's locale, and if it is not UTF-8 (LANG unset, C or POSIX),
  /// C.UTF-8, which every current glibc has. False when no UTF-8 locale is
  /// installed: then only ASCII can be shown. Only the character type is
  /// taken: nothing else is needed, and loading every category of a locale
  /// was about 8% of the start-up.
  private static func useUTF8Locale() -> Bool {
    setlocale(LC_CTYPE, "")
    if String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8" { return true }
    // IOM_HISTORY_LOCALE names the UTF-8 locale to try (tests use a missing
    // one to see the ASCII rendering on a machine that has C.UTF-8).
    let fallback = getenv("IOM_HISTORY_LOCALE").map { String(cString: $0) } ?? "C.UTF-8"
    return setlocale(LC_CTYPE, fallback) != nil
  }

  /// The window's size as the terminal reports it; 80x24 if it will not say.
  public var size: Size {
    var reported = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &reported) == 0, reported.ws_col > 0, reported.ws_row > 0 {
      return Size(width: Int(reported.ws_col), height: Int(reported.ws_row))
    }
    return Size(width: 80, height: 24)
  }

  /// Waits up to `timeout` milliseconds (-1: until something happens) for
  /// input, sending waiting output as the terminal takes it; `.woken` when
  /// `wake` (a descriptor, or -1) turns readable. Sleeps in ppoll: no
  /// busy-waiting, and no signal slips past.
  public func next(timeout: Int32, wake: Int32 = -1) -> TerminalEvent {
    if let decoded = decoder.next() { return event(from: decoded) }
    if let event = takeSignal() { return event }
    if let deadline = graphicsDeadline, MonotonicClock.now() >= deadline {
      graphicsDeadline = nil
      return .capabilities
    }
    let waitsForRest = decoder.isWaiting
    var timeout = timeout
    if let deadline = graphicsDeadline {
      let left = Int32(((deadline - MonotonicClock.now()) * 1000).rounded(.up))
      timeout = timeout < 0 ? left : min(timeout, left)
    }
    let ready = terminal_guard_wait(
      0, output.isWaiting ? output.descriptor : -1, wake, decoder.wait(otherwise: timeout))
    if let event = takeSignal() { return event }
    // The terminal went away (its window closed, an SSH link dropped) and no
    // SIGHUP reached us: end as if it had, instead of spinning on its end.
    if ready < 0 {
      output.discard()
      return .signal(SIGHUP)
    }
    if ready & 2 != 0 { sendOutput() }
    if ready & 4 != 0 { return .woken }
    if ready & 1 == 0 {
      guard waitsForRest, ready == 0 else { return .none }
      return decoder.finish().map(event(from:)) ?? .none
    }
    let count = readBuffer.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
    if count > 0 {
      readBuffer.withUnsafeBufferPointer {
        decoder.append(UnsafeBufferPointer(rebasing: $0[..<count]))
      }
    } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
      return .signal(SIGHUP)  // the end of the terminal's input
    }
    return decoder.next().map(event(from:)) ?? .none
  }

  private func event(from decoded: InputDecoder.Event) -> TerminalEvent {
    if case .report(let report) = decoded { return take(report) }
    return decoded.terminalEvent(&clicks)
  }

  /// A signal recorded by the guard, as an event: one that ends the process,
  /// a stop (the terminal is given back, then the process stops), a
  /// continue, or a new window size.
  private func takeSignal() -> TerminalEvent? {
    let signal = terminal_guard_pending_signal()
    if signal != 0 { return .signal(signal) }
    if terminal_guard_take_stop() != 0 {
      leave(within: 200)
      terminal_guard_stop()
      enter()
      return .redraw
    }
    if terminal_guard_take_continue() != 0 {
      // Continued after SIGSTOP, which cannot be caught: the shell may have
      // set its own modes and the terminal shown something else meanwhile.
      enter()
      return .redraw
    }
    if terminal_guard_take_resize() != 0 {
      // The terminal may have redrawn or reflowed its screen: the next frame
      // is drawn whole.
      screen?.writer.forgetScreen()
      return .resize(size)
    }
    return nil
  }

  /// Sends waiting output, then the frame held back behind it, if any.
  private func sendOutput() {
    output.flush()
    guard !output.isWaiting, let waiting = screen?.waiting else { return }
    screen?.waiting = nil
    write(waiting.buffer, palette: waiting.palette, cursor: waiting.cursor)
  }

  /// Shows `buffer` in `palette`, sending only the cells that changed since
  /// the last frame. With `showFocus`, the terminal's cursor stays visible
  /// on the focus. While the terminal has not taken the last frame, the
  /// newest waits and is sent once it has (so at most one frame waits);
  /// frames in between are never sent.
  public func draw(_ buffer: Buffer, palette: Palette, showFocus: Bool = false) {
    let cursor = showFocus ? buffer.focus : nil
    guard !output.isWaiting else {
      screen?.waiting = (buffer, palette, cursor)
      return
    }
    write(buffer, palette: palette, cursor: cursor)
  }

  /// The next frame is drawn whole, as after a clear: for Ctrl-L, when
  /// something else may have written on the screen.
  public func forgetScreen() {
    screen?.writer.forgetScreen()
  }

  private func write(_ buffer: Buffer, palette: Palette, cursor: Position?) {
    guard let screen else { return }
    screen.writer.use(palette)
    show(screen.writer.frame(buffer, cursor: cursor))
    let showsCursor = cursor != nil
    if showsCursor != screen.cursorShown {
      (showsCursor ? screen.modes.showCursor : screen.modes.hideCursor).withUnsafeBufferPointer {
        show($0)
      }
      self.screen?.cursorShown = showsCursor
    }
  }

  /// Sends a frame's bytes, and copies them to `copyOutput`.
  private func show(_ bytes: UnsafeBufferPointer<UInt8>) {
    output.send(bytes)
    if !bytes.isEmpty { copyOutput?(bytes) }
  }

  /// Writes `text` as it is (a plain session's lines), never blocking.
  public func write(_ text: String) {
    var text = text
    text.withUTF8 { output.send($0) }
    guard let copyOutput else { return }
    var shown: [UInt8] = []
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\n") { shown.append(UInt8(ascii: "\r")) }
      shown.append(byte)
    }
    shown.withUnsafeBufferPointer { copyOutput($0) }
  }

  /// Gives the terminal back as it was. Waits at most a second for a
  /// terminal that has stopped reading: its modes are restored regardless.
  public func close() {
    guard isOpen else { return }
    isOpen = false
    leave(within: 1000)
    terminal_guard_disarm()
    output.close()
  }

  /// Ends the process by `signal`'s default action, as it would have ended
  /// without a handler, once the terminal is given back: a service manager
  /// sees what happened.
  public static func die(by signal: Int32) -> Never {
    terminal_guard_die(signal)
    fatalError("unreachable: terminal_guard_die returned")
  }

  deinit { close() }
}

extension InputDecoder.Event {
  /// The event for the loop: a key as it is; a pointer report once it
  /// completes a click, or turns the wheel.
  fileprivate func terminalEvent(_ clicks: inout Clicks) -> TerminalEvent {
    switch self {
    case .key(let key):
      return .key(key)
    case .pointer(let report):
      return clicks.event(for: report, at: MonotonicClock.now()).map(TerminalEvent.mouse) ?? .none
    case .report:
      return .none
    }
  }
}

import CNcurses
import CTerminalGuard
import Glibc
import KioskCore
import TermUI

/// What the terminal reported.
public enum TerminalEvent: Equatable, Sendable {
  case key(Key)
  case resize(Size)
  case mouse(MouseEvent)
  /// A termination signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) arrived.
  case signal(Int32)
  /// Nothing within the timeout, or a key the app does not use.
  case none
}

/// The one place the app talks to curses. Single-threaded by design: every
/// call comes from the event loop's thread.
public final class Terminal {
  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private let writer: FrameWriter
  /// Keys and clicks are read from the terminal and decoded here, not by
  /// curses: one read a key instead of one a byte, each after a poll.
  private var decoder: InputDecoder
  private var clicks = Clicks()
  /// The keypad's application mode (`smkx`, `rmkx`): the keys then send
  /// what terminfo says they send.
  private let keypadOn: String
  private let keypadOff: String
  /// What the terminal needs on the way out beyond endwin.
  private let farewell: String
  private let output: UnsafeMutablePointer<FILE>
  private var isOpen = true
  /// Whether the terminal shows Unicode; false: ASCII only.
  public let isUnicode: Bool

  /// Starts curses on the controlling terminal, or returns nil when the
  /// terminal cannot be driven (TERM unset, unknown, or without cursor
  /// addressing such as `dumb`); the caller then prints plain text.
  /// `newterm` is used because `initscr` exits the process on an unknown TERM.
  /// `theme`: the colours to start with; `noColor`: the NO_COLOR convention.
  /// `logDescriptor`: where a crash writes its line (the operator's log).
  public init?(theme: Theme, noColor: Bool, logDescriptor: Int32? = nil) {
    guard isatty(0) == 1, isatty(1) == 1 else { return nil }
    isUnicode = Self.useUTF8Locale()
    guard let output = fdopen(1, "w"), let inputFile = fdopen(0, "r") else { return nil }
    terminal_guard_install()
    terminal_guard_log_to(logDescriptor ?? -1)
    terminal_guard_save_modes(0)
    guard let screen = newterm(nil, output, inputFile) else { return nil }
    guard "cup".withCString({ shim_tigetstr($0) }) != nil, let window = shim_stdscr() else {
      endwin()
      delscreen(screen)
      return nil
    }
    self.screen = screen
    self.window = window
    self.output = output
    // As tputs would send them: a capability may hold padding ("$<50>" in
    // vt100's clear), which must not reach the screen as text.
    let capability = { (name: String) in TerminalCodes.sendable(name) }
    // Clicks and taps: curses switches the terminal's mouse reports on
    // (and off again at the end) in whichever encoding the terminal has,
    // SGR or X10; the input decoder reads both. Any button mask will do:
    // the reports are decoded here, not by curses.
    let mouseOff =
      mousemask(shim_all_mouse_events(), nil) != 0 ? "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l" : ""
    // Bracketed paste, where the terminal has it, so pasted text can be told
    // from typed keys and ignored.
    let pasteOff = capability("BD") ?? ""
    if let pasteOn = capability("BE") {
      fputs(pasteOn, output)
      fflush(output)
    }
    // Without an alternate screen (the Linux console) the kiosk's last frame
    // would stay behind: clear it on the way out.
    farewell = pasteOff + (capability("rmcup") == nil ? capability("clear") ?? "" : "")
    // The bytes that undo curses if the process dies without endwin.
    let reset = ["rmcup", "cnorm", "sgr0", "rmkx"].compactMap(capability)
    terminal_guard_arm(reset.joined() + mouseOff + farewell + "\r\n")

    let codes = TerminalCodes.current()
    raw()  // Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys, not signals
    noecho()
    nonl()
    Self.sendBytesAsTheyAre()
    curs_set(0)
    // Left at once: the first frame's doupdate (see `draw`) resumes curses,
    // sending the alternate screen and a clear in one write; curses draws
    // nothing after that. (ncurses 6.4, freshly started, flushes after
    // every cursor movement instead.)
    endwin()
    writer = FrameWriter(
      terminal: codes, theme: theme, depth: codes.depth(noColor: noColor))
    keypadOn = capability("smkx") ?? ""
    keypadOff = capability("rmkx") ?? ""
    decoder = InputDecoder(keySequences: TerminalKeys.sequences())
  }

  /// No output processing by the terminal driver: the frames hold no
  /// newline or tab for it to translate (curses' `nonl` has already turned
  /// off newline translation), and without it the kernel copies a frame
  /// instead of looking at each of its bytes. Kept as curses' own mode, so
  /// that curses sets it again whenever it resumes; `endwin` and the
  /// terminal guard put back the terminal's modes as they were.
  private static func sendBytesAsTheyAre() {
    var modes = termios()
    guard tcgetattr(1, &modes) == 0 else { return }
    modes.c_oflag &= ~tcflag_t(OPOST)
    guard tcsetattr(1, TCSADRAIN, &modes) == 0 else { return }
    def_prog_mode()
  }

  /// Wide-character curses prints nothing for "ä" or "’" in the C locale.
  /// Take the environment's locale, and if it is not UTF-8 (LANG unset, C or
  /// POSIX), C.UTF-8, which every current glibc has.
  /// False when no UTF-8 locale is installed: then only ASCII can be shown.
  /// Only the character type is taken: curses needs nothing else, and
  /// loading every category of a locale was about 8% of the start-up.
  private static func useUTF8Locale() -> Bool {
    setlocale(LC_CTYPE, "")
    if String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8" { return true }
    // IOM_HISTORY_LOCALE names the UTF-8 locale to try (tests use a missing
    // one to see the ASCII rendering on a machine that has C.UTF-8).
    let fallback = getenv("IOM_HISTORY_LOCALE").map { String(cString: $0) } ?? "C.UTF-8"
    return setlocale(LC_CTYPE, fallback) != nil
  }

  /// The window's size as the terminal reports it; curses' idea of it if
  /// the terminal will not say.
  public var size: Size {
    var reported = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &reported) == 0, reported.ws_col > 0, reported.ws_row > 0 {
      return Size(width: Int(reported.ws_col), height: Int(reported.ws_row))
    }
    return Size(width: Int(shim_cols()), height: Int(shim_lines()))
  }

  /// Waits up to `timeout` milliseconds (-1: until something happens) for
  /// input. Sleeps in ppoll: no busy-waiting, and no signal slips past.
  public func next(timeout: Int32) -> TerminalEvent {
    if let event = decoder.next() { return event.terminalEvent(&clicks) }
    let waitsForRest = decoder.isWaiting
    let ready = terminal_guard_wait(0, decoder.wait(otherwise: timeout))
    if let signal = pendingSignal { return .signal(signal) }
    if terminal_guard_take_resize() != 0 {
      // The terminal may have redrawn or reflowed its screen: the next frame
      // is drawn whole.
      writer.forgetScreen()
      return .resize(size)
    }
    // The terminal went away (its window closed, an SSH link dropped) and no
    // SIGHUP reached us: end as if it had, instead of spinning on its end.
    if ready < 0 { return .signal(SIGHUP) }
    if ready == 0 {
      guard waitsForRest else { return .none }
      return decoder.finish()?.terminalEvent(&clicks) ?? .none
    }
    let count = readBuffer.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
    if count > 0 {
      readBuffer.withUnsafeBufferPointer {
        decoder.append(UnsafeBufferPointer(rebasing: $0[..<count]))
      }
    } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
      return .signal(SIGHUP)  // the end of the terminal's input
    }
    return decoder.next()?.terminalEvent(&clicks) ?? .none
  }

  private var readBuffer = [UInt8](repeating: 0, count: 4096)

  private var pendingSignal: Int32? {
    let signal = terminal_guard_pending_signal()
    return signal == 0 ? nil : signal
  }

  /// Shows `buffer` in `theme`, sending only the cells that changed since
  /// the last frame.
  /// With `showFocus`, the terminal's cursor stays visible on the focus.
  public func draw(_ buffer: Buffer, theme: Theme, showFocus: Bool = false) {
    if !cursesStarted {
      // Curses's one frame: it resumes its mode and clears the screen. The
      // window is never written to, so curses never draws again.
      wnoutrefresh(window)
      doupdate()
      fputs(keypadOn, output)
      fflush(output)
      cursesStarted = true
    }
    writer.use(theme)
    let cursor = showFocus ? buffer.focus : nil
    send(writer.frame(buffer, cursor: cursor))
    let visible: Int32 = cursor == nil ? 0 : 1
    if visible != cursorVisibility {
      // Through curses, which must know it to show the cursor again at the end.
      curs_set(visible)
      cursorVisibility = visible
    }
  }

  private var cursesStarted = false
  private var cursorVisibility: Int32 = 0

  /// Writes all of `bytes`, in as few system calls as the terminal takes.
  /// A terminal that has gone away takes nothing: the loop sees its hang-up.
  private func send(_ bytes: UnsafeBufferPointer<UInt8>) {
    var sent = 0
    while sent < bytes.count {
      let result = Glibc.write(1, bytes.baseAddress! + sent, bytes.count - sent)
      if result > 0 {
        sent += result
      } else if result < 0, errno == EINTR {
        continue
      } else if result < 0, errno == EAGAIN {
        var ready = pollfd(fd: 1, events: Int16(POLLOUT), revents: 0)
        if poll(&ready, 1, 1000) <= 0 { return }
      } else {
        return
      }
    }
  }

  /// Ends curses and gives the terminal back as it was.
  public func close() {
    guard isOpen else { return }
    isOpen = false
    send(writer.farewell(height: size.height))
    fputs(keypadOff, output)
    fflush(output)
    curs_set(1)
    endwin()
    fputs(farewell, output)
    fflush(output)
    delscreen(screen)
    terminal_guard_disarm()
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
      var now = timespec()
      clock_gettime(CLOCK_MONOTONIC, &now)
      let seconds = Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
      return clicks.event(for: report, at: seconds).map(TerminalEvent.mouse) ?? .none
    }
  }
}

import CTerminfo

/// The terminal's modes for a full-screen program, from its terminfo entry:
/// what to send on the way in (alternate screen, cursor hidden, keypad
/// transmit, mouse and paste reporting) and what undoes it on the way out.
struct ScreenModes {
  /// Alternate screen (`smcup`), cursor hidden (`civis`), keypad transmit
  /// (`smkx`), mouse reports, bracketed paste (`BE`).
  var enter: [UInt8]
  /// The reverse, in the reverse order; without an alternate screen (the
  /// Linux console) the screen is cleared, or the last frame would stay.
  var leave: [UInt8]
  var hideCursor: [UInt8]
  var showCursor: [UInt8]

  /// The modes of the terminal whose entry was loaded.
  static func current() -> ScreenModes {
    let capability = { (name: String) in sendable(name) ?? [] }
    let mouse = mouseReports()
    let alternateScreen = TerminalCodes.optionalExpanded("smcup") != nil
    let hide = capability("civis")
    let show = capability("cnorm")
    return ScreenModes(
      enter: capability("smcup") + hide + capability("smkx") + (mouse?.on ?? [])
        + capability("BE"),
      leave: capability("BD") + (mouse?.off ?? []) + capability("rmkx") + show
        + (alternateScreen ? capability("rmcup") : capability("clear")),
      hideCursor: hide, showCursor: show)
  }

  /// Switches the terminal's mouse reports on and off, as ncurses does: by
  /// the entry's `XM` string where it has one (SGR 1006 on xterm), else
  /// xterm's button reports (`ESC [ ? 1000 h`) where its `kmous` is an xterm
  /// mouse sequence. Nil where the terminal has no mouse (vt100). The input
  /// decoder reads both encodings.
  static func mouseReports() -> (on: [UInt8], off: [UInt8])? {
    if let switchMouse = TerminalCodes.string("XM") {
      let turn = { (on: Int32) in
        TerminalCodes.expand(switchMouse.withCString { shim_tiparm1($0, on) })
      }
      return (turn(1), turn(0))
    }
    guard let key = TerminalCodes.string("kmous"), key.hasPrefix("\u{1B}[") else { return nil }
    let modes = key == "\u{1B}[<" ? "1006;1000" : "1000"
    return (Array("\u{1B}[?\(modes)h".utf8), Array("\u{1B}[?\(modes)l".utf8))
  }

  /// A string capability as bytes to send, nil when the terminal lacks it.
  /// The padding tputs writes as NUL bytes is left out: the guard keeps
  /// these as a C string.
  static func sendable(_ name: String) -> [UInt8]? {
    TerminalCodes.optionalExpanded(name)?.filter { $0 != 0 }
  }
}

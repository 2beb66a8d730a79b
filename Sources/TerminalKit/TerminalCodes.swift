import CTerminfo

/// The control sequences and quirks of the terminal, read from its terminfo
/// entry once: what the frame writer needs to draw on any terminal with
/// cursor addressing, without asking terminfo for every cell.
struct TerminalCodes {
  /// Turns every attribute off (`sgr0`).
  var reset: [UInt8]
  /// Whether `reset` is ECMA-48's SGR 0, which also gives back the
  /// terminal's own colours: then no `op` needs to follow it.
  var resetRestoresColors: Bool
  var bold: [UInt8]?
  var reverse: [UInt8]?
  var underline: [UInt8]?
  /// Back to the terminal's own colours (`op`).
  var defaultColors: [UInt8]?
  /// Clears the screen and homes the cursor (`clear`).
  var clear: [UInt8]
  /// Clears from the cursor to the end of its row (`el`), if the terminal can.
  var clearToEndOfRow: [UInt8]?
  /// Clears a number of cells from the cursor on, leaving the cursor where
  /// it is (`ech`), if the terminal can.
  var clearCells: ((_ count: Int) -> [UInt8])?
  /// Whether `clearCells` writes what `ESC [ count X` writes.
  var clearsCellsLikeANSI: Bool
  /// How many colours `foreground` and `background` take; 0: no colour.
  var colors: Int
  /// The attributes the terminal cannot show together with a colour (`ncv`):
  /// the Linux console shows underline as a colour, so it has none.
  var attributesWithoutColor: Attributes
  /// Writing the last column moves the cursor to the next row (`am`) ...
  var autoMargins: Bool
  /// ... unless the move waits for the next character (`xenl`). Without it,
  /// writing the bottom-right cell scrolls the screen.
  var delayedWrap: Bool
  /// Whether the cursor may move while attributes are on (`msgr`).
  var movesInStyle: Bool
  /// Whether `moveTo` writes what `ESC [ row ; column H` writes, so that
  /// the writer can spell it out itself.
  var movesLikeANSI: Bool
  /// The sequence that puts the cursor at a row and column, both from 0.
  var moveTo: (_ row: Int, _ column: Int) -> [UInt8]
  var foreground: (_ color: Int) -> [UInt8]?
  var background: (_ color: Int) -> [UInt8]?

  /// The attributes of terminfo's `ncv` bit mask that the app uses.
  struct Attributes: OptionSet {
    let rawValue: Int
    static let underline = Attributes(rawValue: 1 << 1)
    static let reverse = Attributes(rawValue: 1 << 2)
    static let bold = Attributes(rawValue: 1 << 5)
  }

  /// How many colours the app uses: none (also for NO_COLOR), 8, or 256.
  func depth(noColor: Bool) -> ColorDepth {
    guard !noColor, colors >= 8 else { return .none }
    return colors >= 256 ? .rich : .basic
  }
}

extension TerminalCodes {
  /// The codes of the terminal whose entry was loaded (`Terminfo.load`).
  /// A missing colour capability means no colour; a missing attribute is
  /// left out of every style (the theme's others still tell items apart).
  static func current() -> TerminalCodes {
    let cursor = string("cup") ?? ""
    let eraseCharacters = string("ech")
    let setForeground = string("setaf")
    let setBackground = string("setab")
    let colorCount = Int("colors".withCString { tigetnum($0) })
    let reset = expanded("sgr0")
    var codes = TerminalCodes(
      reset: reset, resetRestoresColors: isSelectGraphicRenditionZero(reset),
      bold: optionalExpanded("bold"), reverse: optionalExpanded("rev"),
      underline: optionalExpanded("smul"), defaultColors: optionalExpanded("op"),
      clear: expanded("clear"), clearToEndOfRow: optionalExpanded("el"),
      clearCells: eraseCharacters.map { capability in
        { count in expand(capability.withCString { shim_tiparm1($0, Int32(count)) }) }
      },
      clearsCellsLikeANSI: false,
      colors: setForeground != nil && setBackground != nil ? max(0, colorCount) : 0,
      attributesWithoutColor: Attributes(rawValue: max(0, Int("ncv".withCString { tigetnum($0) }))),
      autoMargins: flag("am"), delayedWrap: flag("xenl"), movesInStyle: flag("msgr"),
      movesLikeANSI: false,
      moveTo: { row, column in
        expand(cursor.withCString { shim_tiparm2($0, Int32(row), Int32(column)) })
      },
      foreground: { color in
        setForeground.map { capability in
          expand(capability.withCString { shim_tiparm1($0, Int32(color)) })
        }
      },
      background: { color in
        setBackground.map { capability in
          expand(capability.withCString { shim_tiparm1($0, Int32(color)) })
        }
      })
    // Nearly every terminal addresses the cursor as ANSI does; checked on a
    // few places, not assumed from its name.
    let samples = [(0, 0), (4, 7), (23, 79), (99, 299)]
    codes.movesLikeANSI = samples.allSatisfy { codes.moveTo($0, $1) == ansiMove($0, $1) }
    codes.clearsCellsLikeANSI =
      codes.clearCells.map { clear in
        [1, 9, 10, 250].allSatisfy { clear($0) == Array("\u{1B}[\($0)X".utf8) }
      } ?? false
    return codes
  }

  /// Whether `reset` holds SGR 0: `ESC [ m`, `ESC [ 0 m` or `ESC [ 0 ;`
  /// (xterm's, the Linux console's, screen's, tmux's, `ansi`'s).
  static func isSelectGraphicRenditionZero(_ reset: [UInt8]) -> Bool {
    let forms = ["\u{1B}[m", "\u{1B}[0m", "\u{1B}[0;"].map { Array($0.utf8) }
    return forms.contains { form in
      reset.count >= form.count
        && (0...(reset.count - form.count)).contains { Array(reset[$0..<$0 + form.count]) == form }
    }
  }

  /// `ESC [ row ; column H`, from 0-based row and column.
  static func ansiMove(_ row: Int, _ column: Int) -> [UInt8] {
    Array("\u{1B}[\(row + 1);\(column + 1)H".utf8)
  }

  static func string(_ name: String) -> String? {
    name.withCString { shim_tigetstr($0) }.map { String(cString: $0) }
  }

  static func flag(_ name: String) -> Bool {
    name.withCString { tigetflag($0) } > 0
  }

  private static func expanded(_ name: String) -> [UInt8] {
    optionalExpanded(name) ?? []
  }

  static func optionalExpanded(_ name: String) -> [UInt8]? {
    name.withCString { shim_tigetstr($0) }.map { expand($0) }
  }

  /// A capability's bytes as tputs sends them (padding applied or dropped
  /// as the terminal's speed and flow control ask), collected instead of
  /// written: the writer sends a whole frame in one write of its own.
  static func expand(_ capability: UnsafePointer<CChar>?) -> [UInt8] {
    guard let capability else { return [] }
    collected = []
    tputs(capability, 1) { byte in
      TerminalCodes.collected.append(UInt8(truncatingIfNeeded: byte))
      return byte
    }
    return collected
  }

  /// What tputs has written so far (its callback cannot capture a variable).
  /// Only the event loop's thread reads terminfo.
  nonisolated(unsafe) private static var collected: [UInt8] = []
}

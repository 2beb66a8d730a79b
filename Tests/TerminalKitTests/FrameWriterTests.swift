import TermUI
import Testing

@testable import TerminalKit

extension TerminfoTests {
  /// Whatever the frames before, what the writer sends must leave a
  /// terminal showing exactly the new frame: every character in its place
  /// with the look its style asks for on that terminal, nothing wrapped or
  /// scrolled, nothing sent the terminal does not know.
  @Suite struct FrameWriterTests {
    /// Terminfo entries of the kinds a kiosk meets: xterm and its 8-colour
    /// and monochrome kin, the Linux console (no underline with colour),
    /// screen and tmux, a vt100 (no colour, padding in its entry), and
    /// `ansi` (writing the bottom-right cell scrolls).
    @Test(arguments: [
      "xterm-256color", "xterm", "xterm-mono", "linux", "screen", "tmux-256color", "vt100", "ansi",
    ])
    func framesLeaveTheTerminalShowingTheBuffer(terminal: String) throws {
      try TerminfoTests.withTerminfo(terminal) {
        let codes = TerminalCodes.current()
        #expect(codes.movesLikeANSI)
        #expect(codes.resetRestoresColors)
        for theme in Theme.allCases {
          checkRandomFrames(codes, theme: theme, seed: UInt64(terminal.utf8.count))
        }
      }
    }

    /// The way for terminals that are not like ANSI: the cursor addressed
    /// through terminfo, attributes turned off before every move, the
    /// bottom-right cell left alone, and rows never cleared to their end.
    @Test func framesOnATerminalOfTheOldKind() {
      var codes = TerminalCodes.xtermLike
      codes.movesLikeANSI = false
      codes.moveTo = { row, column in Array("\u{1B}[\(row + 1);\(column + 1)f".utf8) }
      codes.movesInStyle = false
      codes.delayedWrap = false
      codes.attributesWithoutColor = [.underline]
      codes.clearToEndOfRow = nil
      codes.clearsCellsLikeANSI = false
      codes.resetRestoresColors = false
      for theme in Theme.allCases { checkRandomFrames(codes, theme: theme, seed: 5) }
    }

    @Test func aResetIsKnownToRestoreColoursOnlyWhenItIsSGRZero() {
      for reset in ["\u{1B}[m", "\u{1B}(B\u{1B}[m", "\u{1B}[m\u{0F}", "\u{1B}[0;10m", "\u{1B}[0m"] {
        #expect(TerminalCodes.isSelectGraphicRenditionZero(Array(reset.utf8)), "\(reset)")
      }
      for reset in ["", "\u{1B}[27m", "\u{1B}[10m", "\u{1B}[1m"] {
        #expect(!TerminalCodes.isSelectGraphicRenditionZero(Array(reset.utf8)), "\(reset)")
      }
    }

    @Test func neighbouringRenditionsAreJoined() {
      let cases = [
        ("\u{1B}[1m\u{1B}[7m\u{1B}[38;5;39m", "\u{1B}[1;7;38;5;39m"),
        ("\u{1B}(B\u{1B}[m\u{1B}[1m", "\u{1B}(B\u{1B}[0;1m"),
        ("\u{1B}[m\u{0F}\u{1B}[4m", "\u{1B}[m\u{0F}\u{1B}[4m"),
        ("\u{1B}[38;5;245m", "\u{1B}[38;5;245m"),
        ("\u{1B}[1m$<2>\u{1B}[7m", "\u{1B}[1m$<2>\u{1B}[7m"),
        ("", ""),
      ]
      for (separate, joined) in cases {
        let result = StyleCodes.joiningRenditions(Array(separate.utf8))
        #expect(String(decoding: result, as: UTF8.self) == joined)
      }
    }

    @Test func anUnchangedFrameSendsNothing() {
      #expect(
        sent(first: { $0.put("Brussels 1951", x: 2, y: 1, style: .title) }, then: { _ in }) == "")
    }

    @Test func oneChangedCharacterIsAddressedStyledAndWritten() {
      let bytes = sent(
        first: { $0.put("Brussels 1951", x: 2, y: 1, style: .text) },
        then: { $0.put("2", x: 14, y: 1, style: .muted) })
      #expect(bytes == "\u{1B}[2;15H\u{1B}[38;5;245m2")
    }

    /// Two changes a few unchanged letters apart: the letters are written
    /// again, which is shorter than addressing the second change.
    @Test func aShortGapIsWrittenOverNotJumped() {
      let bytes = sent(
        first: { $0.put("Brussels 1951", x: 0, y: 0, style: .text) },
        then: { buffer in
          buffer.put("b", x: 0, y: 0, style: .text)
          buffer.put("S", x: 5, y: 0, style: .text)
        })
      #expect(bytes == "\u{1B}[1;1HbrussS")
    }

    /// What an xterm-like writer sends for the frame after `change`, once
    /// it has sent the frame `first` drew on a 20x4 screen.
    private func sent(first: (inout Buffer) -> Void, then change: (inout Buffer) -> Void) -> String
    {
      let writer = FrameWriter(
        terminal: .xtermLike, palette: Theme.standard.palette(.rich), depth: .rich)
      var buffer = Buffer(size: Size(width: 20, height: 4))
      first(&buffer)
      _ = writer.frame(buffer, cursor: nil)
      change(&buffer)
      return String(decoding: writer.frame(buffer, cursor: nil), as: UTF8.self)
    }

    @Test func theCursorEndsOnTheFocus() {
      let writer = FrameWriter(
        terminal: .xtermLike, palette: Theme.standard.palette(.rich), depth: .rich)
      var model = TerminalModel(width: 20, height: 4)
      var buffer = Buffer(size: Size(width: 20, height: 4))
      buffer.put("1954", x: 0, y: 2, style: .selected)
      model.feed(Array(writer.frame(buffer, cursor: Position(x: 0, y: 2))))
      #expect(model.cursor == (2, 0))
      // Unchanged frame, new focus: only the move.
      model.feed(Array(writer.frame(buffer, cursor: Position(x: 5, y: 3))))
      #expect(model.cursor == (3, 5))
    }

    /// Frames of random edits (wide characters overwritten in part
    /// included), a new size now and then, each checked on the model.
    private func checkRandomFrames(_ codes: TerminalCodes, theme: Theme, seed: UInt64) {
      let depth = codes.depth(noColor: false)
      let writer = FrameWriter(terminal: codes, palette: theme.palette(depth), depth: depth)
      // Plain and accented letters, box drawing, typographic marks, wide
      // characters, a letter with a combining accent, and an emoji.
      let pieces = [
        "Brussels", "ICEM ", " ", "│", "──", "┌─", "Köln", "’s", "…", "–", "字", "가나",
        "e\u{301}", "🇩🇪", "1951", "a字b", "  ",
      ]
      let styles: [Style] = [
        .text, .muted, .accent, .title, .selected, Style(.warning, underline: true),
        Style(.text, reverse: true), Style(.paper),
      ]
      let sizes = [Size(width: 30, height: 8), Size(width: 17, height: 5)]
      var random = SplitMix(seed: seed)
      var size = sizes[0]
      var buffer = Buffer(size: size)
      var model = TerminalModel(
        width: size.width, height: size.height, delayedWrap: codes.delayedWrap)
      for frame in 0..<300 {
        if frame % 60 == 59 {
          size = sizes[frame / 60 % 2 == 0 ? 1 : 0]
          buffer = Buffer(size: size)
          model = TerminalModel(
            width: size.width, height: size.height, delayedWrap: codes.delayedWrap)
        }
        // Now and then a blank area, as when a shorter text replaces a longer one.
        if random.next(below: 3) == 0 {
          let x = random.next(below: size.width)
          let y = random.next(below: size.height)
          buffer.fill(
            Rect(
              x: x, y: y, width: 1 + random.next(below: size.width - x),
              height: 1 + random.next(below: size.height - y)),
            style: styles[random.next(below: styles.count)])
        }
        for _ in 0..<(1 + random.next(below: 6)) {
          let text = (0..<(1 + random.next(below: 4))).map { _ in
            pieces[random.next(below: pieces.count)]
          }.joined()
          buffer.put(
            text, x: random.next(below: size.width), y: random.next(below: size.height),
            style: styles[random.next(below: styles.count)])
        }
        let focus =
          frame % 3 == 0
          ? Position(x: random.next(below: size.width), y: random.next(below: size.height)) : nil
        model.feed(Array(writer.frame(buffer, cursor: focus)))
        #expect(model.problems.isEmpty, "\(theme) frame \(frame)")
        if let focus { #expect(model.cursor == (focus.y, focus.x), "\(theme) frame \(frame)") }
        for y in 0..<size.height {
          for x in 0..<size.width {
            // A terminal that scrolls when its bottom-right cell is written
            // never gets that cell.
            if !codes.delayedWrap, codes.autoMargins, y == size.height - 1, x == size.width - 1 {
              continue
            }
            let cell = buffer[x, y]
            var text = cell.isContinuation ? "" : cell.glyph == .empty ? " " : cell.glyph.text
            // ... and a wide character reaching it shows as a blank.
            if !codes.delayedWrap, codes.autoMargins, y == size.height - 1, x == size.width - 2,
              buffer[x + 1, y].isContinuation
            {
              text = " "
            }
            let expected = Self.look(cell.style, codes, theme, depth)
            let shown = model.cells[y][x]
            #expect(shown.text == text, "\(theme) frame \(frame) cell \(y),\(x)")
            #expect(
              Self.visible(shown.look, text) == Self.visible(expected, text),
              "\(theme) frame \(frame) cell \(y),\(x) \(cell.style)")
            if shown.text != text || Self.visible(shown.look, text) != Self.visible(expected, text)
            {
              return
            }
          }
        }
      }
    }

    /// The look `style` should have on a terminal with `codes`: the theme's
    /// colours, and the attributes the terminal has and allows with them.
    private static func look(
      _ style: Style, _ codes: TerminalCodes, _ theme: Theme, _ depth: ColorDepth
    ) -> TerminalModel.Look {
      let colors = theme.colors(style.role, depth: depth)
      let forbidden: TerminalCodes.Attributes = colors == nil ? [] : codes.attributesWithoutColor
      return TerminalModel.Look(
        bold: (style.bold || theme.boldEverything) && codes.bold != nil
          && !forbidden.contains(.bold),
        underline: style.underline && codes.underline != nil && !forbidden.contains(.underline),
        // Paper without colour: the terminal's own colours, reversed.
        reverse: style.reverse != (style.role == .paper && colors == nil) && codes.reverse != nil
          && !forbidden.contains(.reverse),
        foreground: Int(colors?.foreground ?? -1), background: Int(colors?.background ?? -1))
    }

    /// What of a look shows: on a blank, neither boldness nor (unless
    /// reversed) the foreground colour.
    private static func visible(_ look: TerminalModel.Look, _ text: String) -> TerminalModel.Look {
      guard text == " " || text.isEmpty else { return look }
      var shown = look
      shown.bold = false
      if !look.reverse { shown.foreground = -1 }
      return shown
    }
  }
}

extension TerminalCodes {
  /// xterm-256color's codes, spelt out, for tests that need no terminfo.
  static var xtermLike: TerminalCodes {
    TerminalCodes(
      reset: Array("\u{1B}[m".utf8), resetRestoresColors: true, bold: Array("\u{1B}[1m".utf8),
      reverse: Array("\u{1B}[7m".utf8), underline: Array("\u{1B}[4m".utf8),
      defaultColors: Array("\u{1B}[39;49m".utf8), clear: Array("\u{1B}[H\u{1B}[2J".utf8),
      clearToEndOfRow: Array("\u{1B}[K".utf8),
      clearCells: { Array("\u{1B}[\($0)X".utf8) }, clearsCellsLikeANSI: true,
      colors: 256, attributesWithoutColor: [], autoMargins: true, delayedWrap: true,
      movesInStyle: true, movesLikeANSI: true, moveTo: TerminalCodes.ansiMove,
      foreground: { Array("\u{1B}[38;5;\($0)m".utf8) },
      background: { Array("\u{1B}[48;5;\($0)m".utf8) })
  }
}

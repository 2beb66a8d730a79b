import CNcurses
import Glibc
import KioskCore
import TermUI
import Testing

@testable import CursesBackend

extension CursesScreenTests {
  /// The painter draws only the cells that changed since the frame before,
  /// each by its fast path. Whatever the frames before, the window must then
  /// hold exactly what drawing every cell of the frame with setcchar and
  /// mvwadd_wch into a cleared window gives: wide characters overwritten in
  /// part included.
  @Suite struct PainterTests {
    @Test func changedCellsLeaveTheWindowAsAFullRedrawDoes() throws {
      try CursesScreenTests.withScreen {
        let size = Size(width: 30, height: 8)
        let painted = try #require(newwin(Int32(size.height), Int32(size.width), 0, 0))
        let reference = try #require(newwin(Int32(size.height), Int32(size.width), 0, 0))
        defer {
          delwin(painted)
          delwin(reference)
        }
        let palette = Palette(theme: .standard, depth: .rich)
        let painter = Painter(window: painted, palette: palette)
        // Plain and accented letters, box drawing, typographic marks, wide
        // characters, a letter with a combining accent, and an emoji.
        let pieces = [
          "Brussels", "ICEM ", " ", "│", "──", "┌─", "Köln", "’s", "…", "–", "字", "가나",
          "e\u{301}", "🇩🇪", "1951", "a字b", "  ",
        ]
        let styles: [Style] = [
          .text, .muted, .accent, .title, .selected, Style(.warning, underline: true),
        ]
        var random = SplitMix(seed: 11)
        var buffer = Buffer(size: size)
        for frame in 0..<400 {
          // Every few frames a fresh screen, else a handful of edits: as a key
          // changes a frame, wide characters overwritten in part included.
          if frame % 50 == 0 { buffer = Buffer(size: size) }
          for _ in 0..<(1 + random.next(below: 6)) {
            let text = (0..<(1 + random.next(below: 4))).map { _ in
              pieces[random.next(below: pieces.count)]
            }.joined()
            buffer.put(
              text, x: random.next(below: size.width), y: random.next(below: size.height),
              style: styles[random.next(below: styles.count)])
          }
          painter.draw(buffer, cursor: nil)
          redraw(buffer, into: reference, palette)
          for y in 0..<size.height {
            for x in 0..<size.width {
              #expect(
                CursesScreenTests.cell(painted, y, x) == CursesScreenTests.cell(reference, y, x),
                "frame \(frame), cell \(y),\(x)")
            }
          }
        }
      }
    }

    /// Every cell of `buffer`, one by one, into a cleared window.
    private func redraw(
      _ buffer: Buffer, into window: UnsafeMutablePointer<WINDOW>, _ palette: Palette
    ) {
      wbkgdset(window, shim_color_pair(palette.pair(.text)))
      werase(window)
      for y in 0..<buffer.size.height {
        for x in 0..<buffer.size.width {
          let cell = buffer[x, y]
          if cell.isContinuation { continue }
          var text = cell.glyph.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
          _ = shim_put_cell(
            window, Int32(y), Int32(x), &text, palette.attributes(cell.style),
            palette.pair(cell.style.role))
        }
      }
    }
  }
}

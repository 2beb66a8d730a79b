import CNcurses
import Glibc
import TermUI

/// Writes buffers to the curses window, cell by cell, but only the cells
/// that differ from the previous frame.
final class Painter {
  private let window: UnsafeMutablePointer<WINDOW>
  private var palette: Palette
  private var previous: Buffer?

  init(window: UnsafeMutablePointer<WINDOW>, palette: Palette) {
    self.window = window
    self.palette = palette
  }

  /// Draws with `theme` from now on; every cell is drawn anew.
  func use(_ theme: Theme) {
    guard theme != palette.theme else { return }
    palette = Palette(theme: theme, depth: palette.depth)
    previous = nil
  }

  func draw(_ buffer: Buffer, cursor: Position?) {
    let width = buffer.size.width
    // Empty cells take the text role's colours too (black in high contrast).
    wbkgdset(window, shim_color_pair(palette.pair(.text)))
    // After a resize every cell is new: curses has cleared its idea of the screen.
    let old = previous?.size == buffer.size ? previous : nil
    if old == nil { werase(window) }
    var text: [wchar_t] = [0, 0, 0, 0, 0, 0]
    for row in 0..<buffer.size.height {
      if let old, old.rowIsSame(row, as: buffer) { continue }
      for column in 0..<width {
        let cell = buffer[column, row]
        if cell.isContinuation { continue }
        if let old, old[column, row] == cell { continue }
        fill(&text, cell.glyph)
        _ = shim_put_cell(
          window, Int32(row), Int32(column), text, palette.attributes(cell.style),
          palette.pair(cell.style.role))
      }
    }
    previous = buffer
    if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < width, cursor.y < buffer.size.height {
      curs_set(1)
      wmove(window, Int32(cursor.y), Int32(cursor.x))
      leaveok(window, false)
    } else {
      curs_set(0)
    }
    wnoutrefresh(window)
    doupdate()
  }

  /// A glyph as a NUL-terminated wide string (at most 5 scalars: setcchar
  /// takes one spacing character and a few combining ones).
  private func fill(_ text: inout [wchar_t], _ glyph: Glyph) {
    if let scalar = glyph.scalar {
      text[0] = wchar_t(bitPattern: scalar.value)
      text[1] = 0
      return
    }
    var index = 0
    for scalar in glyph.text.unicodeScalars where index < text.count - 1 {
      text[index] = wchar_t(bitPattern: scalar.value)
      index += 1
    }
    if index == 0 {
      text[0] = 32
      index = 1
    }
    text[index] = 0
  }
}

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
    lastLook = nil
    previous = nil
  }

  func draw(_ buffer: Buffer, cursor: Position?) {
    let width = buffer.size.width
    // Empty cells take the text role's colours too (black in high contrast).
    wbkgdset(window, shim_color_pair(palette.pair(.text)))
    // After a resize every cell is new: curses has cleared its idea of the screen.
    let old = previous?.size == buffer.size ? previous : nil
    if old == nil { werase(window) }
    let height = buffer.size.height
    buffer.cells.withUnsafeBufferPointer { cells in
      (old?.cells ?? []).withUnsafeBufferPointer { oldCells in
        for row in 0..<height {
          if let old, old.rowIsSame(row, as: buffer) { continue }
          for column in 0..<width {
            let cell = cells[row * width + column]
            if cell.isContinuation { continue }
            if !oldCells.isEmpty, oldCells[row * width + column] == cell { continue }
            put(cell, row: row, column: column)
          }
        }
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

  /// The last style drawn (kept as a cell of that style) and its curses
  /// look: neighbouring cells nearly always share their style, so the look
  /// is made once per run.
  private var lastLook: (cell: Cell, attributes: attr_t, pair: Int16)?
  /// Held by address: a stored property passed to C as inout would be
  /// checked for exclusive access on every cell.
  private let look: UnsafeMutablePointer<cchar_t> = {
    let look = UnsafeMutablePointer<cchar_t>.allocate(capacity: 1)
    look.initialize(to: cchar_t())
    return look
  }()

  deinit { look.deallocate() }

  private func put(_ cell: Cell, row: Int, column: Int) {
    let current: (cell: Cell, attributes: attr_t, pair: Int16)
    if let lastLook, lastLook.cell.hasStyle(of: cell) {
      current = lastLook
    } else {
      let style = cell.style
      current = (cell, palette.attributes(style), palette.pair(style.role))
      lastLook = current
      _ = shim_make_look(look, current.attributes, current.pair)
    }
    if let scalar = cell.glyph.scalar, scalar.value != 0 {
      _ = shim_put_char(window, Int32(row), Int32(column), wchar_t(bitPattern: scalar.value), look)
    } else {
      var text = wideString(cell.glyph)
      _ = shim_put_cell(
        window, Int32(row), Int32(column), &text, current.attributes, current.pair)
    }
  }

  /// A glyph of several scalars as a NUL-terminated wide string (at most 5
  /// scalars: setcchar takes one spacing character and a few combining ones).
  private func wideString(_ glyph: Glyph) -> [wchar_t] {
    var text = glyph.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
    if text.isEmpty { text = [32] }
    text.append(0)
    return text
  }
}

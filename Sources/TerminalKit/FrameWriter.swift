/// Turns frames into the bytes that change the terminal's screen from the
/// last frame to the next: only the cells that changed, the bytes of each
/// change of style made once, the cursor moved only where the next changed
/// cell is not right behind the last one written.
///
/// curses did this before, and spent most of a key's CPU on it: it formats
/// every cursor jump and colour change anew through terminfo. The writer
/// still takes every sequence from terminfo (`TerminalCodes`), once.
final class FrameWriter {
  private let terminal: TerminalCodes
  private var styles: StyleCodes
  private var previous: Buffer?
  private let output = OutputBytes()
  /// Where the terminal's cursor is; -1: not known.
  private var row = -1
  private var column = -1
  /// The number of the style the terminal draws in; -1: not known.
  private var style = -1
  /// A picture's cell changed in the frame being written: its picture must
  /// be drawn again.
  private var pictureCellChanged = false
  /// Whether kitty images may be on the screen, which a clear leaves there.
  private var kittyImagesShown = false

  /// Unchanged cells are written over rather than jumped, up to this many:
  /// fewer bytes than a cursor address.
  private static let longestGapWrittenOver = 4

  init(terminal: TerminalCodes, palette: Palette, depth: ColorDepth) {
    self.terminal = terminal
    styles = StyleCodes(palette: palette, depth: depth, terminal: terminal)
  }

  /// Draws with `palette` from now on; the next frame is drawn whole.
  func use(_ palette: Palette) {
    guard palette != styles.palette else { return }
    styles = StyleCodes(palette: palette, depth: styles.depth, terminal: terminal)
    changes = Array(repeating: nil, count: changes.count)
    forgetScreen()
  }

  /// The next frame is drawn whole, on a cleared screen: after a resize,
  /// when the terminal may have redrawn or reflowed what it showed.
  func forgetScreen() { previous = nil }

  /// The bytes that take the screen from the last frame to `buffer`, and
  /// then put the cursor at `cursor`, if given. Valid until the next call.
  func frame(_ buffer: Buffer, cursor: Position?) -> UnsafeBufferPointer<UInt8> {
    output.removeAll()
    var old = previous?.size == buffer.size ? previous : nil
    // A sixel stays on the screen until it is cleared: a frame without one
    // that was there is drawn whole on a cleared screen.
    if let shown = old?.pictures,
      shown.contains(where: { $0.isSixel && !buffer.pictures.contains($0) })
    {
      old = nil
    }
    if kittyImagesShown, old == nil || old?.pictures != buffer.pictures {
      output.append(Self.deleteKittyImages)
      kittyImagesShown = false
      pictureCellChanged = true
    }
    if old == nil {
      output.append(styles.plain)
      output.append(terminal.clear)
      (row, column, style) = (0, 0, -1)
    }
    buffer.cells.withUnsafeBufferPointer { cells in
      (old?.cells ?? []).withUnsafeBufferPointer { oldCells in
        for row in 0..<buffer.size.height where old?.rowIsSame(row, as: buffer) != true {
          write(row: row, of: cells, over: oldCells, size: buffer.size)
        }
      }
    }
    drawPictures(of: buffer, over: old)
    previous = buffer
    if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < buffer.size.width,
      cursor.y < buffer.size.height
    {
      move(toRow: cursor.y, column: cursor.x, along: nil)
    }
    return output.bytes
  }

  /// Draws the pictures of `buffer` that are new, or whose cells were
  /// drawn over, unless something covers part of them.
  private func drawPictures(of buffer: Buffer, over old: Buffer?) {
    defer { pictureCellChanged = false }
    for picture in buffer.pictures where buffer.isWhole(picture) {
      let isNew = old.map { !$0.pictures.contains(picture) } ?? true
      guard isNew || pictureCellChanged else { continue }
      switch picture.art.form {
      case .symbols(let characters, let foregrounds, let backgrounds, _):
        drawSymbols(picture.rect, characters, foregrounds, backgrounds)
      case .graphics(let bytes, let graphics):
        move(toRow: picture.rect.y, column: picture.rect.x, along: nil)
        output.append(bytes)
        if graphics == .kitty { kittyImagesShown = true }
        // Where a terminal leaves the cursor after an image differs.
        row = -1
      }
    }
  }

  /// A picture in symbols: each cell its character in its own colours.
  private func drawSymbols(
    _ rect: Rect, _ characters: [Unicode.Scalar], _ foregrounds: [Int16], _ backgrounds: [Int16]
  ) {
    output.append(styles.plain)
    style = -1
    var colors = (foreground: Int16(-1), background: Int16(-1))
    for line in 0..<rect.height {
      move(toRow: rect.y + line, column: rect.x, along: nil)
      for place in line * rect.width..<(line + 1) * rect.width {
        let wanted = (foregrounds[place], backgrounds[place])
        if wanted != colors {
          if (wanted.0 < 0 && colors.foreground >= 0) || (wanted.1 < 0 && colors.background >= 0) {
            output.append(styles.plain)
            colors = (-1, -1)
          }
          if wanted.0 >= 0, wanted.0 != colors.foreground,
            let code = terminal.foreground(Int(wanted.0))
          {
            output.append(code)
          }
          if wanted.1 >= 0, wanted.1 != colors.background,
            let code = terminal.background(Int(wanted.1))
          {
            output.append(code)
          }
          colors = wanted
        }
        output.append(characters[place])
      }
      column = rect.maxX
    }
    output.append(styles.plain)
  }

  /// Deletes every kitty image and frees its data.
  private static let deleteKittyImages = Array("\u{1B}_Ga=d,d=A\u{1B}\\".utf8)

  /// The bytes that leave the terminal in its own look at the bottom left,
  /// for the session to leave from.
  func farewell(height: Int) -> UnsafeBufferPointer<UInt8> {
    output.removeAll()
    output.append(styles.plain)
    style = -1
    move(toRow: max(0, height - 1), column: 0, along: nil)
    return output.bytes
  }

  /// The changed cells of one row. `oldCells` empty: the screen was just
  /// cleared, and only what does not look like a cleared cell is written.
  private func write(
    row: Int, of cells: UnsafeBufferPointer<Cell>, over oldCells: UnsafeBufferPointer<Cell>,
    size: Size
  ) {
    let width = size.width
    let rowCells = UnsafeBufferPointer(rebasing: cells[row * width..<(row + 1) * width])
    let oldRow =
      oldCells.isEmpty
      ? nil : UnsafeBufferPointer(rebasing: oldCells[row * width..<(row + 1) * width])
    var column = 0
    while true {
      // On to the next cell to write, in a tight loop: most are unchanged.
      if let oldRow {
        while column < width, rowCells[column] == oldRow[column] { column += 1 }
      } else {
        while column < width, isClearedBlank(rowCells[column]) { column += 1 }
      }
      guard column < width else { return }
      let cell = rowCells[column]
      if cell.isContinuation {
        column += 1
        continue
      }
      if cell.glyph == .picture {
        pictureCellChanged = true
        column += 1
        continue
      }
      if isClearedBlank(cell) {
        let blanks = blankRun(in: rowCells, from: column)
        if clearsRun(of: blanks, from: column, width) {
          move(toRow: row, column: column, along: rowCells)
          useClearingStyle()
          if column + blanks == width, let clearToEndOfRow = terminal.clearToEndOfRow {
            output.append(clearToEndOfRow)
            return
          }
          clearCells(blanks)
          column += blanks
          continue
        }
      }
      var columns = column + 1 < width && rowCells[column + 1].isContinuation ? 2 : 1
      var glyph = cell.glyph
      // Where writing the last column moves the cursor on at once, the
      // bottom-right cell would scroll the whole screen: it stays as it is,
      // and a wide character that would reach it is shown as a blank.
      if row == size.height - 1, column + columns == width, terminal.autoMargins,
        !terminal.delayedWrap
      {
        guard columns == 2 else { return }
        (glyph, columns) = (.space, 1)
      }
      if row != self.row || column != self.column {
        move(toRow: row, column: column, along: rowCells)
      }
      if !looksAlike(cell, inStyle: style) { switchStyle(to: cell.styleNumber) }
      var advancesAsCounted = true
      if let scalar = glyph.scalar, scalar.isASCII {
        output.append(UInt8(truncatingIfNeeded: scalar.value))
        column += columns
        column = writeASCIIRun(row: row, from: column, of: rowCells, over: oldRow, size: size)
      } else {
        advancesAsCounted = put(glyph)
        column += columns
      }
      // After the last column the cursor waits, or has wrapped, or not:
      // terminals differ, so its place is not known.
      if advancesAsCounted, column < width {
        self.column = column
      } else {
        self.row = -1
      }
    }
  }

  /// Writes on from `column`, right after a character just written, while
  /// the cells are changed printable ASCII in the style the terminal draws
  /// in: nothing for them but their bytes, so without the checks the
  /// general case makes for each. Returns the column it stopped at: where
  /// a cell is unchanged, needs another style or a cursor move, may begin
  /// a run of cleared blanks, or is the bottom-right cell that must stay.
  @inline(__always)
  private func writeASCIIRun(
    row: Int, from column: Int, of rowCells: UnsafeBufferPointer<Cell>,
    over oldRow: UnsafeBufferPointer<Cell>?, size: Size
  ) -> Int {
    let width = size.width
    let bottomRightStays =
      row == size.height - 1 && terminal.autoMargins && !terminal.delayedWrap
    let end = bottomRightStays ? width - 1 : width
    let style = style
    var column = column
    while column < end {
      let cell = rowCells[column]
      if let oldRow, cell == oldRow[column] { break }
      // (A cell after an ASCII character is never a continuation.)
      guard let byte = cell.printableASCII(inStyle: style) else { break }
      // A blank between words is written; one the screen already shows
      // (after a clear), or that begins a run worth clearing, is not.
      if byte == 0x20, isClearedBlank(cell),
        oldRow == nil || clearsRun(of: blankRun(in: rowCells, from: column), from: column, width)
      {
        break
      }
      output.append(byte)
      column += 1
    }
    return column
  }

  /// Whether `cell` is a blank that looks like a cleared cell.
  @inline(__always)
  private func isClearedBlank(_ cell: Cell) -> Bool {
    cell.glyph == .space && styles.blankLooksCleared(cell.styleNumber)
  }

  /// Whether a run of `blanks` cleared blanks from `column` is cleared
  /// rather than written: to the end of the row (`el`), or long (`ech`).
  @inline(__always)
  private func clearsRun(of blanks: Int, from column: Int, _ width: Int) -> Bool {
    (column + blanks == width && terminal.clearToEndOfRow != nil)
      || (blanks >= Self.shortestRunCleared && terminal.clearCells != nil)
  }

  /// Blanks from here on are cleared (`ech`) rather than written when there
  /// are at least this many: clearing and then addressing the cell after
  /// them takes about as many bytes.
  private static let shortestRunCleared = 10

  /// How many blanks that look like cleared cells `row` holds from `column` on.
  private func blankRun(in row: UnsafeBufferPointer<Cell>, from column: Int) -> Int {
    var end = column
    while end < row.count, isClearedBlank(row[end]) { end += 1 }
    return end - column
  }

  /// Clearing paints cells in the terminal's own background, which is what
  /// every terminal clears to, with or without `bce`: so the style the
  /// terminal draws in must have that background, and no attribute that
  /// shows on a blank.
  private func useClearingStyle() {
    if style == -1 || !styles.blankLooksCleared(style) {
      output.append(styles.plain)
      style = -1
    }
  }

  private func clearCells(_ count: Int) {
    if terminal.clearsCellsLikeANSI {
      output.append(0x1B)
      output.append(0x5B)
      output.appendDecimal(count)
      output.append(0x58)
    } else if let clearCells = terminal.clearCells {
      output.append(clearCells(count))
    }
  }

  /// Moves the cursor to `row`, `column`: by writing over the unchanged
  /// cells in between when that is shorter, else by addressing it.
  private func move(toRow row: Int, column: Int, along cells: UnsafeBufferPointer<Cell>?) {
    if row == self.row, column == self.column { return }
    if row == self.row, column > self.column, column - self.column <= Self.longestGapWrittenOver,
      let cells, canWriteOver(cells[self.column..<column])
    {
      for cell in cells[self.column..<column] { output.append(UInt8(cell.glyph.scalar!.value)) }
      self.column = column
      return
    }
    if !terminal.movesInStyle, style != -1 {
      output.append(terminal.reset)
      style = -1
    }
    if terminal.movesLikeANSI {
      output.append(0x1B)
      output.append(0x5B)
      output.appendDecimal(row + 1)
      output.append(0x3B)
      output.appendDecimal(column + 1)
      output.append(0x48)
    } else {
      output.append(terminal.moveTo(row, column))
    }
    (self.row, self.column) = (row, column)
  }

  /// Whether writing `cells` again, as they are, is safe: printable ASCII
  /// that looks the same in the style the terminal draws in.
  private func canWriteOver(_ cells: Slice<UnsafeBufferPointer<Cell>>) -> Bool {
    cells.allSatisfy { cell in
      guard let scalar = cell.glyph.scalar, !cell.isContinuation else { return false }
      return (0x20..<0x7F).contains(scalar.value) && looksAlike(cell, inStyle: style)
    }
  }

  /// Whether `cell` looks the same written in style `number`: its own
  /// style, or, for a blank, any style whose blanks look cleared as its do
  /// (colour and boldness do not show on a blank).
  @inline(__always)
  private func looksAlike(_ cell: Cell, inStyle number: Int) -> Bool {
    if cell.styleNumber == number { return true }
    return number >= 0 && cell.glyph == .space && styles.blankLooksCleared(number)
      && styles.blankLooksCleared(cell.styleNumber)
  }

  /// The bytes from one style to another, made once per pair and palette.
  private var changes: [[UInt8]?] = Array(repeating: nil, count: (Style.count + 1) * Style.count)

  private func switchStyle(to number: Int) {
    let index = (style + 1) * Style.count + number
    if changes[index] == nil { changes[index] = styles.change(from: style, to: number) }
    output.append(changes[index]!)
    style = number
  }

  /// Writes `glyph`. Returns whether the terminal surely moves the cursor
  /// by the columns the buffer counts: not so for emoji, wide characters
  /// and combined characters, whose widths terminals disagree on.
  private func put(_ glyph: Glyph) -> Bool {
    guard let scalar = glyph.scalar else {
      if glyph == .empty {
        output.append(0x20)
        return true
      }
      output.append(Array(glyph.text.utf8))
      return false
    }
    output.append(scalar)
    return Self.hasAgreedWidth(scalar.value)
  }

  /// Latin, Greek, Cyrillic and the like, general punctuation (typographic
  /// quotes and dashes), arrows, box drawing, blocks and geometric shapes:
  /// one column on every terminal.
  private static func hasAgreedWidth(_ value: UInt32) -> Bool {
    switch value {
    case 0..<0x1100, 0x2010..<0x2028, 0x2030..<0x205F, 0x2190..<0x2200, 0x2500..<0x25FD: true
    default: false
    }
  }
}

import Glibc
import TextLayout

/// A cell's place on the screen.
public struct Position: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}

/// A screen's worth of cells: everything a visitor sees is drawn here first,
/// so tests can read it and the backend can send only what changed.
public struct Buffer: Hashable, Sendable {
  public private(set) var size: Size
  public private(set) var cells: [Cell]
  /// Every character written is first mapped to ASCII, one column for one
  /// (texts were already transliterated, with room, before layout).
  public private(set) var asciiOnly: Bool
  /// Where the focus is: the start of the selected item, the reading text,
  /// the question. A braille display follows the terminal's cursor there.
  public var focus: Position?
  /// The pictures placed on the cells, in the order placed.
  public private(set) var pictures: [Picture] = []

  public init(size: Size, asciiOnly: Bool = false) {
    self.asciiOnly = asciiOnly
    self.size = Size(width: max(0, size.width), height: max(0, size.height))
    cells = Array(repeating: .blank, count: self.size.width * self.size.height)
  }

  /// Makes this a blank buffer as `init` makes it, in its own cells when it
  /// has that many (and holds them alone; else they are copied first).
  public mutating func reset(size: Size, asciiOnly: Bool) {
    let size = Size(width: max(0, size.width), height: max(0, size.height))
    guard size == self.size else {
      self = Buffer(size: size, asciiOnly: asciiOnly)
      return
    }
    cells.withUnsafeMutableBufferPointer { $0.update(repeating: .blank) }
    self.asciiOnly = asciiOnly
    focus = nil
    pictures.removeAll(keepingCapacity: true)
  }

  /// Places `art` with its top left cell at `x`, `y`: its cells are left to
  /// the picture, which the frame writer draws over them. Returns false,
  /// placing nothing, when it does not fit whole.
  @discardableResult
  public mutating func place(_ art: PictureArt, x: Int, y: Int) -> Bool {
    let rect = Rect(x: x, y: y, width: art.columns, height: art.rows)
    guard art.columns > 0, art.rows > 0, clip(rect) == rect else { return false }
    for row in rect.y..<rect.maxY {
      withRow(row) { cells in
        for column in rect.x..<rect.maxX { cells.set(column, Cell(Glyph.picture)) }
      }
    }
    pictures.append(Picture(art: art, rect: rect))
    return true
  }

  /// Whether every cell of `picture` is still its own: text drawn later
  /// (an overlay) may have covered some, and then the picture is not drawn.
  public func isWhole(_ picture: Picture) -> Bool {
    for row in picture.rect.y..<picture.rect.maxY {
      for column in picture.rect.x..<picture.rect.maxX where self[column, row].glyph != .picture {
        return false
      }
    }
    return true
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

  @inlinable
  public subscript(column: Int, row: Int) -> Cell {
    cells[row * size.width + column]
  }

  /// Whether `row` holds the same cells here and in `other`: lets the
  /// frame writer pass over an unchanged row with one `memcmp` (cells are
  /// plain integers, equal exactly when their bytes are).
  public func rowIsSame(_ row: Int, as other: Buffer) -> Bool {
    guard other.size.width == size.width, row >= 0, row < size.height, row < other.size.height
    else { return false }
    let range = row * size.width..<(row + 1) * size.width
    return cells[range].withUnsafeBytes { mine in
      other.cells[range].withUnsafeBytes { theirs in
        mine.isEmpty || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0
      }
    }
  }

  /// Writes `text` from (x, y), never past `limit` (the buffer's edge by
  /// default) and never half of a wide character. Returns the columns used.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
    guard y >= 0, y < size.height else { return 0 }
    let end = min(limit ?? size.width, size.width)
    if x >= 0, let used = putNarrow(text, x: x, y: y, style: style, end: end) { return used }
    let asciiOnly = asciiOnly
    return withRow(y) { row in
      // As nearly every text has one scalar per character, scalar by scalar,
      // which is several times cheaper than character by character. An
      // ASCII terminal takes the character path for anything beyond ASCII.
      var column = x
      if !asciiOnly && SingleScalarGraphemes.holds(in: text) {
        for scalar in text.unicodeScalars {
          let width = DisplayWidth.of(scalar)
          if width == 0 { continue }  // controls never reach here; stray marks are dropped
          if column + width > end { break }
          if column >= 0 { row.place(Glyph(scalar), width: width, at: column, style) }
          column += width
        }
      } else {
        for original in text {
          let character = asciiOnly ? Transliteration.glyph(original) : original
          let width = DisplayWidth.of(character)
          if width == 0 { continue }
          if column + width > end { break }
          if column >= 0 { row.place(Glyph(character), width: width, at: column, style) }
          column += width
        }
      }
      return max(0, column - x)
    }
  }

  /// The common case of `put`, in two tight passes over the UTF-8 bytes:
  /// text whose every character is one scalar of one column (ASCII, Latin
  /// letters, quotes, dashes, arrows, box drawing), as nearly all text is.
  /// Nil for any other text, which `put` then writes character by character.
  private mutating func putNarrow(_ text: String, x: Int, y: Int, style: Style, end: Int) -> Int? {
    let asciiOnly = asciiOnly
    let result = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      var columns = 0
      var index = 0
      while index < bytes.count {
        if index + 8 <= bytes.count, ByteWords.isPrintableASCII(ByteWords.word(bytes, at: index)) {
          index += 8
          columns += 8
          continue
        }
        let byte = bytes[index]
        if byte < 0x80 {
          guard byte >= 0x20, byte != 0x7F else { return nil }  // controls are zero-width
          index += 1
        } else {
          guard !asciiOnly else { return nil }
          let (scalar, length) = ValidUTF8.scalar(in: bytes, at: index)
          guard SingleScalarGraphemes.standsAlone(scalar), DisplayWidth.of(scalar) == 1 else {
            return nil
          }
          index += length
        }
        columns += 1
      }
      let shown = min(columns, max(0, end - x))
      guard shown > 0 else { return 0 }
      // The style's bits, to which each scalar's value is added.
      let styled = Cell(Glyph.empty, style)
      withRow(y) { row in
        row.prepareRun(at: x, count: shown)
        var index = 0
        for column in x..<x + shown {
          let byte = bytes[index]
          if byte < 0x80 {
            row.cells[column] = Cell(bits: styled.bits | UInt32(byte))
            index += 1
          } else {
            let (scalar, length) = ValidUTF8.scalar(in: bytes, at: index)
            row.cells[column] = Cell(bits: styled.bits | scalar.value)
            index += length
          }
        }
      }
      return shown
    }
    return result ?? nil
  }

  /// Writes `character` `count` times from (x, y), as `put` would write
  /// them: for rules and box edges, without building a string to walk.
  @discardableResult
  public mutating func putRepeated(
    _ character: Character, count: Int, x: Int, y: Int, style: Style, limit: Int? = nil
  ) -> Int {
    let shown = asciiOnly ? Transliteration.glyph(character) : character
    let width = DisplayWidth.of(shown)
    guard width > 0 else { return 0 }
    return putRepeated(Glyph(shown), width: width, count: count, x: x, y: y, style, limit)
  }

  /// Writes `symbol` `count` times from (x, y), as `put` would write it.
  @discardableResult
  public mutating func putRepeated(
    _ symbol: Symbol, count: Int, x: Int, y: Int, style: Style, limit: Int? = nil
  ) -> Int {
    putRepeated(glyph(symbol), width: 1, count: count, x: x, y: y, style, limit)
  }

  private mutating func putRepeated(
    _ glyph: Glyph, width: Int, count: Int, x: Int, y: Int, _ style: Style, _ limit: Int?
  ) -> Int {
    guard y >= 0, y < size.height, count > 0 else { return 0 }
    let end = min(limit ?? size.width, size.width)
    if width == 1, x >= 0 {
      // A rule: one run of one cell, set in one pass.
      let written = min(count, max(0, end - x))
      guard written > 0 else { return 0 }
      let cell = Cell(glyph, style)
      withRow(y) { row in
        row.prepareRun(at: x, count: written)
        for column in x..<x + written { row.cells[column] = cell }
      }
      return written
    }
    return withRow(y) { row in
      var column = x
      for _ in 0..<count {
        if column + width > end { break }
        if column >= 0 { row.place(glyph, width: width, at: column, style) }
        column += width
      }
      return max(0, column - x)
    }
  }

  /// Writes `character` at column `x` on `count` rows from `y` down, as
  /// `put` would write it on each: a frame's side, a scroll bar.
  public mutating func putDown(_ character: Character, x: Int, y: Int, count: Int, style: Style) {
    let shown = asciiOnly ? Transliteration.glyph(character) : character
    let width = DisplayWidth.of(shown)
    guard width > 0 else { return }
    putDown(Glyph(shown), width: width, x: x, y: y, count: count, style)
  }

  /// Writes `symbol` at column `x` on `count` rows from `y` down.
  public mutating func putDown(_ symbol: Symbol, x: Int, y: Int, count: Int, style: Style) {
    putDown(glyph(symbol), width: 1, x: x, y: y, count: count, style)
  }

  private mutating func putDown(
    _ glyph: Glyph, width: Int, x: Int, y: Int, count: Int, _ style: Style
  ) {
    guard x >= 0, x + width <= size.width else { return }
    let (first, end) = (max(0, y), min(size.height, y + count))
    guard first < end else { return }
    let rowWidth = size.width
    cells.withUnsafeMutableBufferPointer { all in
      for row in first..<end {
        let cells = UnsafeMutableBufferPointer(rebasing: all[row * rowWidth..<(row + 1) * rowWidth])
        RowCells(cells: cells).place(glyph, width: width, at: x, style)
      }
    }
  }

  /// `symbol`'s glyph on this buffer's terminal.
  private func glyph(_ symbol: Symbol) -> Glyph {
    (asciiOnly ? Symbol.asciiGlyphs : Symbol.unicodeGlyphs)[symbol.rawValue]
  }

  /// Runs `body` on row `y`'s cells in place: one uniqueness check per
  /// text instead of one per cell.
  private mutating func withRow<Result>(_ y: Int, _ body: (RowCells) -> Result) -> Result {
    let width = size.width
    return cells.withUnsafeMutableBufferPointer { all in
      body(RowCells(cells: UnsafeMutableBufferPointer(rebasing: all[y * width..<(y + 1) * width])))
    }
  }

  /// Fills `rect` (clipped to the buffer) with blanks in `style`.
  public mutating func fill(_ rect: Rect, style: Style = .text) {
    let clipped = clip(rect)
    guard clipped.width > 0 else { return }
    let cell = Cell(Glyph.space, style)
    for row in clipped.y..<clipped.maxY {
      withRow(row) { cells in
        // One run per row, as a rule is written: the wide characters it
        // cuts at either end are blanked, the rest is plain assignment.
        cells.prepareRun(at: clipped.x, count: clipped.width)
        for column in clipped.x..<clipped.maxX { cells.cells[column] = cell }
      }
    }
  }

  /// Changes the style of the cells in `rect`, keeping their text.
  public mutating func restyle(_ rect: Rect, _ style: Style) {
    let clipped = clip(rect)
    for row in clipped.y..<clipped.maxY {
      for column in clipped.x..<clipped.maxX { cells[row * size.width + column].style = style }
    }
  }

  public func clip(_ rect: Rect) -> Rect {
    let x = max(0, rect.x)
    let y = max(0, rect.y)
    return Rect(
      x: x, y: y, width: min(rect.maxX, size.width) - x, height: min(rect.maxY, size.height) - y)
  }

  /// The screen as text, one string per row, trailing blanks kept: what a
  /// snapshot compares and what `capture-pane` would show.
  public var lines: [String] {
    (0..<size.height).map { row in
      var line = ""
      for column in 0..<size.width where !self[column, row].isContinuation {
        let cell = self[column, row]
        if cell.glyph == .picture,
          let picture = pictures.last(where: { $0.rect.contains(column: column, row: row) })
        {
          let character = picture.art.character(
            column: column - picture.rect.x, row: row - picture.rect.y)
          line.unicodeScalars.append(character)
        } else {
          line += cell.text
        }
      }
      return line
    }
  }
}

/// One row of a buffer's cells, written in place.
private struct RowCells {
  let cells: UnsafeMutableBufferPointer<Cell>

  /// One character of `width` columns at `column`; a wide one marks the
  /// next cell as its continuation.
  @inline(__always)
  func place(_ glyph: Glyph, width: Int, at column: Int, _ style: Style) {
    set(column, Cell(glyph, style))
    if width == 2 { set(column + 1, Cell(.empty, style, isContinuation: true)) }
  }

  /// Makes ready to write `count` cells of one column each from `column`
  /// on (all inside the row) by plain assignment: a wide character cut in
  /// two at either end is blanked, as `set` would blank it.
  @inline(__always)
  func prepareRun(at column: Int, count: Int) {
    if cells[column].isContinuation, column > 0 {
      cells[column - 1] = Cell(Glyph.space, cells[column - 1].style)
    }
    let after = column + count
    if after < cells.count, cells[after].isContinuation {
      cells[after] = Cell(Glyph.space, cells[after].style)
    }
  }

  @inline(__always)
  func set(_ column: Int, _ cell: Cell) {
    guard column >= 0, column < cells.count else { return }
    // Overwriting half of a wide character blanks its other half.
    if cells[column].isContinuation, column > 0, !cell.isContinuation {
      cells[column - 1] = Cell(Glyph.space, cells[column - 1].style)
    }
    if !cells[column].isContinuation, column + 1 < cells.count, cells[column + 1].isContinuation {
      cells[column + 1] = Cell(Glyph.space, cells[column + 1].style)
    }
    cells[column] = cell
  }
}

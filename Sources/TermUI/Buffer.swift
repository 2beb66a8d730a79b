import KioskCore
import TextLayout

/// One screen cell. A wide character fills its cell and marks the next one
/// as its continuation, which holds nothing of its own.
public struct Cell: Hashable, Sendable {
  public var text: String
  public var style: Style
  public var isContinuation: Bool

  public init(_ text: String = " ", _ style: Style = .text, isContinuation: Bool = false) {
    self.text = text
    self.style = style
    self.isContinuation = isContinuation
  }

  public static let blank = Cell()
}

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
  public let size: Size
  public private(set) var cells: [Cell]
  /// Every character written is first mapped to ASCII, one column for one
  /// (texts were already transliterated, with room, before layout).
  public let asciiOnly: Bool
  /// Where the focus is: the start of the selected item, the reading text,
  /// the question. A braille display follows the terminal's cursor there.
  public var focus: Position?

  public init(size: Size, asciiOnly: Bool = false) {
    self.asciiOnly = asciiOnly
    self.size = Size(width: max(0, size.width), height: max(0, size.height))
    cells = Array(repeating: .blank, count: self.size.width * self.size.height)
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

  public subscript(column: Int, row: Int) -> Cell {
    cells[row * size.width + column]
  }

  /// Writes `text` from (x, y), never past `limit` (the buffer's edge by
  /// default) and never half of a wide character. Returns the columns used.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
    guard y >= 0, y < size.height else { return 0 }
    let end = min(limit ?? size.width, size.width)
    var column = x
    for original in text {
      let character = asciiOnly ? Transliteration.glyph(original) : original
      let width = DisplayWidth.of(character)
      if width == 0 { continue }  // controls never reach here; stray marks are dropped
      if column + width > end { break }
      if column >= 0 {
        set(column, y, Cell(String(character), style))
        if width == 2 { set(column + 1, y, Cell("", style, isContinuation: true)) }
      }
      column += width
    }
    return max(0, column - x)
  }

  /// Fills `rect` (clipped to the buffer) with `character`.
  public mutating func fill(_ rect: Rect, with character: String = " ", style: Style = .text) {
    let clipped = clip(rect)
    for row in clipped.y..<clipped.maxY {
      for column in clipped.x..<clipped.maxX { set(column, row, Cell(character, style)) }
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

  private mutating func set(_ column: Int, _ row: Int, _ cell: Cell) {
    guard column >= 0, column < size.width, row >= 0, row < size.height else { return }
    let index = row * size.width + column
    // Overwriting half of a wide character blanks its other half.
    if cells[index].isContinuation, column > 0, !cell.isContinuation {
      cells[index - 1] = Cell(" ", cells[index - 1].style)
    }
    if !cells[index].isContinuation, column + 1 < size.width, cells[index + 1].isContinuation {
      cells[index + 1] = Cell(" ", cells[index + 1].style)
    }
    cells[index] = cell
  }

  /// The screen as text, one string per row, trailing blanks kept: what a
  /// snapshot compares and what `capture-pane` would show.
  public var lines: [String] {
    (0..<size.height).map { row in
      var line = ""
      for column in 0..<size.width where !self[column, row].isContinuation {
        line += self[column, row].text
      }
      return line
    }
  }
}

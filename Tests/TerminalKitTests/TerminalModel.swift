import TextLayout

/// A small terminal, written for the tests from ECMA-48 and xterm's
/// documentation, not from the writer: it understands what the terminfo
/// entries the tests use can send (cursor addressing, clearing, SGR), holds
/// the screen's characters with their looks, and records anything it does
/// not understand and any write that would wrap or scroll, which the
/// writer must never cause.
struct TerminalModel {
  struct Look: Equatable, CustomStringConvertible {
    var bold = false
    var underline = false
    var reverse = false
    var foreground = -1
    var background = -1

    var description: String {
      "bold \(bold) underline \(underline) reverse \(reverse) fg \(foreground) bg \(background)"
    }
  }

  struct Cell: Equatable {
    /// "" marks the second column of a wide character.
    var text = " "
    var look = Look()
  }

  let width: Int
  let height: Int
  /// Whether writing the last column leaves the cursor there until the next
  /// character (xterm's way, terminfo's `xenl`) rather than moving it on.
  let delayedWrap: Bool
  private(set) var cells: [[Cell]]
  private(set) var row = 0
  private(set) var column = 0
  private(set) var look = Look()
  private var wrapPending = false
  /// What went wrong, in order: unknown sequences, wraps, scrolls.
  private(set) var problems: [String] = []

  init(width: Int, height: Int, delayedWrap: Bool = true) {
    self.width = width
    self.height = height
    self.delayedWrap = delayedWrap
    cells = Array(repeating: Array(repeating: Cell(), count: width), count: height)
  }

  mutating func feed(_ bytes: [UInt8]) {
    var index = 0
    var text: [UInt8] = []
    func flushText() {
      if !text.isEmpty { print(String(decoding: text, as: UTF8.self)) }
      text = []
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x1B {
        flushText()
        index = escape(bytes, from: index + 1)
      } else if byte == 0x0F {  // SI: back to the G0 character set
        flushText()
        index += 1
      } else if byte < 0x20 || byte == 0x7F {
        flushText()
        problems.append("control byte \(byte)")
        index += 1
      } else {
        text.append(byte)
        index += 1
      }
    }
    flushText()
  }

  /// An escape sequence from just after ESC; returns the index after it.
  private mutating func escape(_ bytes: [UInt8], from start: Int) -> Int {
    guard start < bytes.count else {
      problems.append("ESC at the end")
      return start
    }
    switch bytes[start] {
    case 0x28:  // "(" and a character set: only "B", ASCII, is used
      if start + 1 < bytes.count, bytes[start + 1] == 0x42 { return start + 2 }
      problems.append("ESC ( \(bytes[min(start + 1, bytes.count - 1)])")
      return start + 2
    case 0x5B:  // "[": CSI
      var end = start + 1
      while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
      guard end < bytes.count else {
        problems.append("unfinished CSI")
        return end
      }
      let parameters = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
      control(parameters, final: bytes[end])
      return end + 1
    default:
      problems.append("ESC \(bytes[start])")
      return start + 1
    }
  }

  private mutating func control(_ parameters: String, final: UInt8) {
    // Terminals disagree on what an erase paints while colours or
    // attributes are on (`bce` or not, reverse or not): the writer must
    // erase only in the terminal's own look.
    if [0x4A, 0x4B, 0x58].contains(final), look.reverse || look.underline || look.background >= 0 {
      problems.append("erase in \(look)")
    }
    let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map {
      Int($0) ?? 0
    }
    switch (final, parameters) {
    case (0x48, _), (0x66, _):  // "H", "f": cursor position, from 1
      row = max(1, numbers.first ?? 1) - 1
      column = max(1, numbers.count > 1 ? numbers[1] : 1) - 1
      if row >= height || column >= width { problems.append("cursor off screen: \(parameters)") }
      wrapPending = false
    case (0x4A, _):  // "J": erase below (0) or all (2), in the current background
      let all = numbers.first == 2
      let first = all ? 0 : row
      for y in first..<height {
        for x in 0..<width where all || y > row || x >= column {
          cells[y][x] = Cell(look: Look(background: look.background))
        }
      }
    case (0x4B, ""), (0x4B, "0"):  // "K": erase to the end of the row
      for x in column..<width { cells[row][x] = Cell(look: Look(background: look.background)) }
      wrapPending = false
    case (0x58, _):  // "X": erase characters from the cursor on, which stays
      let count = max(1, numbers.first ?? 1)
      for x in column..<min(width, column + count) {
        cells[row][x] = Cell(look: Look(background: look.background))
      }
    case (0x6D, _):  // "m": SGR
      selectGraphicRendition(parameters.isEmpty ? [0] : numbers)
    default:
      problems.append("CSI \(parameters) \(Character(Unicode.Scalar(final)))")
    }
  }

  private mutating func selectGraphicRendition(_ numbers: [Int]) {
    var index = 0
    while index < numbers.count {
      let number = numbers[index]
      switch number {
      case 0: look = Look()
      case 1: look.bold = true
      case 4: look.underline = true
      case 7: look.reverse = true
      case 10: break  // primary font
      case 22: look.bold = false
      case 24: look.underline = false
      case 27: look.reverse = false
      case 30...37: look.foreground = number - 30
      case 39: look.foreground = -1
      case 40...47: look.background = number - 40
      case 49: look.background = -1
      case 90...97: look.foreground = number - 90 + 8
      case 100...107: look.background = number - 100 + 8
      case 38, 48:
        guard index + 2 < numbers.count, numbers[index + 1] == 5 else {
          problems.append("SGR \(numbers)")
          return
        }
        if number == 38 {
          look.foreground = numbers[index + 2]
        } else {
          look.background = numbers[index + 2]
        }
        index += 2
      default:
        problems.append("SGR \(number)")
      }
      index += 1
    }
  }

  /// Prints characters as a terminal does, wide ones over two columns.
  private mutating func print(_ text: String) {
    for character in text {
      let columns = DisplayWidth.of(character)
      if columns == 0 {
        problems.append("zero-width character \(character.unicodeScalars.map(\.value))")
        continue
      }
      if wrapPending || column + columns > width {
        problems.append("wrap at row \(row) column \(column)")
        return
      }
      place(String(character), columns: columns)
      column += columns
      if column == width {
        if delayedWrap {
          column = width - 1
          wrapPending = true
        } else if row == height - 1 {
          problems.append("scroll: the bottom-right cell was written")
          column = 0
        } else {
          (row, column) = (row + 1, 0)
        }
      }
    }
  }

  /// As xterm does: a wide character cut in half by a write loses both halves.
  private mutating func place(_ text: String, columns: Int) {
    for x in column..<(column + columns) {
      if cells[row][x].text.isEmpty, x > 0, x == column {
        cells[row][x - 1].text = " "
      }
      if x + 1 < width, cells[row][x + 1].text.isEmpty, x == column + columns - 1 {
        cells[row][x + 1].text = " "
      }
    }
    cells[row][column] = Cell(text: text, look: look)
    if columns == 2 { cells[row][column + 1] = Cell(text: "", look: look) }
  }

  var cursor: (row: Int, column: Int) { (row, column) }
}

/// What a terminal reports of the mouse or a touch: a button pressed or
/// released, or the wheel turned, at a cell (counted from 0).
public struct PointerReport: Hashable, Sendable {
  public enum Action: Hashable, Sendable { case press, release, wheelUp, wheelDown }
  public var action: Action
  /// The button pressed: 0 is the left one, which a finger's touch is too.
  /// Unknown for a release in the X10 encoding, which does not say.
  public var button: Int?
  public var column: Int
  public var row: Int

  public init(_ action: Action, button: Int? = nil, column: Int, row: Int) {
    self.action = action
    self.button = button
    self.column = column
    self.row = row
  }

  /// ESC [ M and three bytes, each a number plus 32: button, column, row
  /// (from 1). Nil for movement, which the kiosk does not follow.
  init?(x10 button: UInt8, column: UInt8, row: UInt8) {
    guard button >= 32, column > 32, row > 32 else { return nil }
    let code = Int(button - 32)
    let place = (column: Int(column) - 33, row: Int(row) - 33)
    if code & 0b11 == 3, code & 64 == 0 {
      self.init(.release, column: place.column, row: place.row)
    } else {
      self.init(code: code, released: false, column: place.column, row: place.row)
    }
  }

  /// ESC [ < button ; column ; row, then M for a press or m for a release
  /// (SGR encoding, columns and rows from 1).
  init?(sgr parameters: ArraySlice<UInt8>, released: Bool) {
    let numbers = parameters.split(separator: UInt8(ascii: ";")).map { digits -> Int? in
      guard !digits.isEmpty, digits.count < 6, digits.allSatisfy({ (0x30...0x39).contains($0) })
      else { return nil }
      return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
    guard numbers.count == 3, let code = numbers[0], let column = numbers[1], let row = numbers[2],
      column > 0, row > 0
    else { return nil }
    self.init(code: code, released: released, column: column - 1, row: row - 1)
  }

  /// The button code both encodings share: the low two bits and 64 name the
  /// button or wheel, 32 is movement, 4, 8 and 16 are Shift, Alt and Ctrl.
  private init?(code: Int, released: Bool, column: Int, row: Int) {
    guard code & 32 == 0 else { return nil }
    let button = code & 0b11 + (code & 64)
    switch button {
    case 64: self.init(.wheelUp, column: column, row: row)
    case 65: self.init(.wheelDown, column: column, row: row)
    case 0...2: self.init(released ? .release : .press, button: button, column: column, row: row)
    default: return nil
    }
  }
}

/// A terminal's answer to a question: what it can do.
public enum TerminalReport: Hashable, Sendable {
  /// The primary device attributes (DA1): the terminal's class and then its
  /// features; 4 is sixel graphics.
  case deviceAttributes([Int])
  /// The kitty graphics protocol answered its query: the terminal takes images.
  case kittyGraphics
}

/// A key as the app understands it, independent of how a terminal encodes it.
public enum Key: Hashable, Sendable {
  case character(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, backspace, tab, backTab
  /// Ctrl plus a letter, e.g. `.control("c")`.
  case control(Character)
  case function(Int)
}

/// One pointer event; touch screens send these too.
public struct MouseEvent: Hashable, Sendable {
  public enum Kind: Hashable, Sendable { case click, doubleClick, wheelUp, wheelDown }
  public var kind: Kind
  public var column: Int
  public var row: Int
  public init(_ kind: Kind, column: Int, row: Int) {
    self.kind = kind
    self.column = column
    self.row = row
  }
}

/// The size of the screen in cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
  public var width: Int
  public var height: Int
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
  /// The smallest screen the full layout is drawn on.
  public static let minimum = Size(width: 80, height: 24)
  public var isLargeEnough: Bool { width >= Size.minimum.width && height >= Size.minimum.height }
  public var description: String { "\(width)x\(height)" }
}

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

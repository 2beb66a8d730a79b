/// A picture made for one terminal, `columns` x `rows` cells: symbols in
/// colour, which any colour terminal shows, or a graphics sequence (sixel,
/// kitty) for a terminal that said it takes one. Compared by identity: a
/// picture is made once and then only placed, and comparing its bytes on
/// every frame would cost more than the frame.
public final class PictureArt: Hashable, Sendable {
  public enum Form: Sendable {
    /// Per cell, row by row: a character and its colour numbers in a
    /// palette of `colors` (256 or 8); -1 is the terminal's own colour.
    case symbols(
      characters: [Unicode.Scalar], foregrounds: [Int16], backgrounds: [Int16], colors: Int)
    /// The bytes that draw the picture from the cursor's cell on.
    case graphics(bytes: [UInt8], protocol: GraphicsProtocol)
  }

  public let columns: Int
  public let rows: Int
  public let form: Form

  public init(columns: Int, rows: Int, form: Form) {
    self.columns = columns
    self.rows = rows
    self.form = form
  }

  /// What the picture holds in memory, for a cache to bound.
  public var byteCount: Int {
    switch form {
    case .symbols(let characters, _, _, _): characters.count * 8
    case .graphics(let bytes, _): bytes.count
    }
  }

  /// The character the cell `column`, `row` shows: its symbol, or a blank
  /// under a graphics picture.
  public func character(column: Int, row: Int) -> Unicode.Scalar {
    guard case .symbols(let characters, _, _, _) = form else { return " " }
    return characters[row * columns + column]
  }

  public static func == (a: PictureArt, b: PictureArt) -> Bool { a === b }
  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// How a terminal takes pictures in pixels.
public enum GraphicsProtocol: String, Hashable, Sendable {
  case sixel, kitty
}

/// A picture placed on a buffer: its art over the cells of `rect`.
public struct Picture: Hashable, Sendable {
  public let art: PictureArt
  public let rect: Rect

  var isSixel: Bool {
    if case .graphics(_, .sixel) = art.form { return true }
    return false
  }
}

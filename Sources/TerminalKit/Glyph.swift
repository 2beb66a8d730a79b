import Synchronization

/// What a cell shows, in 22 bits: a frame holds thousands of cells, and a
/// `String` in each made every frame allocate, retain, release and compare
/// strings cell by cell.
///
/// A text of exactly one scalar (nearly every cell) is that scalar's value.
/// The empty text (a wide character's continuation) is 0. Anything longer
/// (a letter with a combining accent, an emoji sequence) gets a number in a
/// table the whole process shares, so that equal texts are equal glyphs in
/// every buffer and the painter can compare glyphs as integers.
public struct Glyph: Hashable, Sendable {
  @usableFromInline let rawValue: UInt32

  @inlinable init(rawValue: UInt32) { self.rawValue = rawValue }

  /// The empty text. (Computed, not stored: a stored static of another
  /// module is reached through a lazy-initialisation check on every use.)
  @inlinable public static var empty: Glyph { Glyph(rawValue: 0) }
  @inlinable public static var space: Glyph { Glyph(rawValue: 0x20) }
  /// A cell a picture covers (`Buffer.place`): the frame writer leaves it
  /// to the picture. No text has this value: the table's numbers end below.
  @inlinable public static var picture: Glyph { Glyph(rawValue: tableBit | 0x1F_FFFF) }

  /// Marks a number in the table of longer texts. Scalars end at 0x10FFFF,
  /// below this bit, and so do the table's numbers (`LongGlyphs.capacity`).
  @usableFromInline static let tableBit: UInt32 = 1 << 21

  @inlinable
  public init(_ scalar: Unicode.Scalar) {
    // NUL is the empty text's code; it never reaches a cell (zero width).
    rawValue = scalar.value
  }

  public init(_ text: String) {
    var scalars = text.unicodeScalars.makeIterator()
    guard let first = scalars.next() else {
      self = .empty
      return
    }
    if scalars.next() == nil, first.value != 0 {
      rawValue = first.value
    } else {
      rawValue = Self.tableBit | LongGlyphs.shared.number(of: text)
    }
  }

  public init(_ character: Character) {
    let scalars = character.unicodeScalars
    if scalars.count == 1, let only = scalars.first, only.value != 0 {
      rawValue = only.value
    } else {
      rawValue = Self.tableBit | LongGlyphs.shared.number(of: String(character))
    }
  }

  /// The scalar, when the text is exactly one (the painter's fast path).
  @inlinable
  public var scalar: Unicode.Scalar? {
    rawValue == 0 || rawValue & Self.tableBit != 0 ? nil : Unicode.Scalar(rawValue)
  }

  public var text: String {
    if rawValue == 0 { return "" }
    if self == .picture { return " " }
    if let scalar { return String(Character(scalar)) }
    return LongGlyphs.shared.text(number: rawValue & ~Self.tableBit)
  }
}

/// The texts of more than one scalar that cells have held, numbered in the
/// order first seen. It only grows, but by what the content and the
/// interface can show, which is fixed once the content is loaded.
final class LongGlyphs: Sendable {
  static let shared = LongGlyphs()

  private struct Table {
    /// Keyed by scalars, not by `String`, whose equality is canonical: "é"
    /// as one scalar and as "e" plus an accent must stay distinct texts.
    var numbers: [[Unicode.Scalar]: UInt32] = [:]
    var texts: [String] = []
  }

  private let table = Mutex(Table())

  /// More texts than any content holds, as a cell has 21 bits for the
  /// number: the last number is U+FFFD, and any text beyond it shows as that.
  static let capacity = (1 << 21) - 1

  func number(of text: String) -> UInt32 {
    let scalars = Array(text.unicodeScalars)
    return table.withLock { table in
      if let number = table.numbers[scalars] { return number }
      if table.texts.count == Self.capacity - 1 { table.texts.append("\u{FFFD}") }
      if table.texts.count == Self.capacity { return UInt32(Self.capacity - 1) }
      let number = UInt32(table.texts.count)
      table.numbers[scalars] = number
      table.texts.append(text)
      return number
    }
  }

  func text(number: UInt32) -> String {
    table.withLock { $0.texts[Int(number)] }
  }
}

/// One screen cell. A wide character fills its cell and marks the next one
/// as its continuation, which holds nothing of its own.
///
/// The glyph, the style and the continuation mark share one integer: a
/// buffer is then a flat array of plain values, made, copied and compared
/// (by the painter, against the previous frame) without touching a string.
public struct Cell: Hashable, Sendable {
  /// Bits 0–31: the glyph; 32–37: the style; 40: the continuation mark.
  @usableFromInline var bits: UInt64

  @usableFromInline static let styleShift: UInt64 = 32
  @usableFromInline static let continuationBit: UInt64 = 1 << 40

  @inlinable
  public init(_ glyph: Glyph, _ style: Style = .text, isContinuation: Bool = false) {
    bits =
      UInt64(glyph.rawValue) | style.packed << Self.styleShift
      | (isContinuation ? Self.continuationBit : 0)
  }

  /// A cell from its bits: a style's cell with a scalar's value added.
  @inlinable init(bits: UInt64) { self.bits = bits }

  public init(_ text: String = " ", _ style: Style = .text, isContinuation: Bool = false) {
    self.init(Glyph(text), style, isContinuation: isContinuation)
  }

  public static let blank = Cell()

  @inlinable
  public var glyph: Glyph {
    get { Glyph(rawValue: UInt32(truncatingIfNeeded: bits)) }
    set { bits = bits & ~0xFFFF_FFFF | UInt64(newValue.rawValue) }
  }

  @inlinable
  public var style: Style {
    get { Style(packed: bits >> Self.styleShift & 0x3F) }
    set { bits = bits & ~(0x3F << Self.styleShift) | newValue.packed << Self.styleShift }
  }

  @inlinable
  public var isContinuation: Bool {
    get { bits & Self.continuationBit != 0 }
    set { bits = newValue ? bits | Self.continuationBit : bits & ~Self.continuationBit }
  }

  /// The cell's character, if it is printable ASCII (and so not a
  /// continuation): the byte a terminal is sent for it.
  @inlinable
  public var printableASCII: UInt8? {
    let value = bits & (0xFFFF_FFFF | Self.continuationBit)
    return value >= 0x20 && value < 0x7F ? UInt8(truncatingIfNeeded: value) : nil
  }

  /// The number of the cell's style (see `Style(number:)`), without
  /// making the style.
  @inlinable
  public var styleNumber: Int { Int(bits >> Self.styleShift & 0x3F) }

  /// Whether `other` has this cell's style: one integer comparison, for
  /// the painter, which looks a style up only when it changes.
  @inlinable
  public func hasStyle(of other: Cell) -> Bool {
    (bits ^ other.bits) & 0x3F << Self.styleShift == 0
  }

  public var text: String {
    get { glyph.text }
    set { glyph = Glyph(newValue) }
  }

  @inlinable
  public static func == (lhs: Cell, rhs: Cell) -> Bool { lhs.bits == rhs.bits }

  @inlinable
  public func hash(into hasher: inout Hasher) { hasher.combine(bits) }
}

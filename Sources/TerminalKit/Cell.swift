/// One screen cell. A wide character fills its cell and marks the next one
/// as its continuation, which holds nothing of its own.
///
/// The glyph, the style and the continuation mark share one 32-bit integer:
/// a buffer is then a flat array of plain values, made, copied and compared
/// (by the frame writer, against the previous frame) without touching a
/// string. A 100x30 screen is 12 KB, which a key reads and writes several
/// times over, mostly from a cache that other programs have used since the
/// last key.
public struct Cell: Hashable, Sendable {
  /// Bits 0–21: the glyph; 22–27: the style; 28: the continuation mark.
  @usableFromInline var bits: UInt32

  @usableFromInline static let glyphBits: UInt32 = (1 << 22) - 1
  @usableFromInline static let styleShift: UInt32 = 22
  @usableFromInline static let continuationBit: UInt32 = 1 << 28

  @inlinable
  public init(_ glyph: Glyph, _ style: Style = .text, isContinuation: Bool = false) {
    bits =
      glyph.rawValue | UInt32(truncatingIfNeeded: style.packed) << Self.styleShift
      | (isContinuation ? Self.continuationBit : 0)
  }

  /// A cell from its bits: a style's cell with a scalar's value added.
  @inlinable init(bits: UInt32) { self.bits = bits }

  public init(_ text: String = " ", _ style: Style = .text, isContinuation: Bool = false) {
    self.init(Glyph(text), style, isContinuation: isContinuation)
  }

  public static let blank = Cell()

  @inlinable
  public var glyph: Glyph {
    get { Glyph(rawValue: bits & Self.glyphBits) }
    set { bits = bits & ~Self.glyphBits | newValue.rawValue }
  }

  @inlinable
  public var style: Style {
    get { Style(packed: UInt64(bits >> Self.styleShift & 0x3F)) }
    set {
      bits =
        bits & ~(0x3F << Self.styleShift)
        | UInt32(truncatingIfNeeded: newValue.packed) << Self.styleShift
    }
  }

  @inlinable
  public var isContinuation: Bool {
    get { bits & Self.continuationBit != 0 }
    set { bits = newValue ? bits | Self.continuationBit : bits & ~Self.continuationBit }
  }

  /// The cell's character if it is printable ASCII in style `number`:
  /// one mask and compare for the frame writer's run of such cells.
  @inlinable
  public func printableASCII(inStyle number: Int) -> UInt8? {
    guard bits & ~0x7F == UInt32(truncatingIfNeeded: number) << Self.styleShift else { return nil }
    let byte = UInt8(truncatingIfNeeded: bits)
    return byte >= 0x20 && byte != 0x7F ? byte : nil
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

/// What a cell is for; the app's palette turns a role into colours, so the
/// screens never name a colour themselves.
public enum Role: Int, Hashable, Sendable, CaseIterable {
  case text, muted, accent, highlight, warning
  /// Dark on light whatever the theme, as printed paper is: QR codes, which
  /// a phone must read off a dark terminal too.
  case paper
}

/// A cell's look: its role plus the emphasis that survives without colour.
public struct Style: Hashable, Sendable {
  public var role: Role
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool

  public init(
    _ role: Role = .text, bold: Bool = false, reverse: Bool = false, underline: Bool = false
  ) {
    self.role = role
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
  }

  public static let text = Style(.text)
  public static let muted = Style(.muted)
  public static let accent = Style(.accent, bold: true)
  public static let title = Style(.text, bold: true)
  /// The selected item: reversed, so it shows on a monochrome terminal too.
  public static let selected = Style(.highlight, bold: true, reverse: true)
  public static let warning = Style(.warning, bold: true)
}

extension Style {
  /// How many styles there are: each has a number below this.
  public static let count = 64

  /// The style numbered `number` (from 0 to `count - 1`, as
  /// `Cell.styleNumber` gives it): a backend can keep what it makes of each
  /// style in an array.
  @inlinable
  public init(number: Int) { self.init(packed: UInt64(number & 0x3F)) }

  /// The style in six bits, for a cell to hold inside one integer.
  @inlinable
  var packed: UInt64 {
    UInt64(role.rawValue) | (bold ? 8 : 0) | (reverse ? 16 : 0) | (underline ? 32 : 0)
  }

  @inlinable
  init(packed: UInt64) {
    self.init(
      Role(rawValue: Int(packed & 7)) ?? .text, bold: packed & 8 != 0, reverse: packed & 16 != 0,
      underline: packed & 32 != 0)
  }
}

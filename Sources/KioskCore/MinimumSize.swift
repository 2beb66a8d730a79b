import TerminalKit

extension Size {
  /// The smallest screen the full layout is drawn on.
  public static let minimum = Size(width: 80, height: 24)
  public var isLargeEnough: Bool { width >= Size.minimum.width && height >= Size.minimum.height }
}

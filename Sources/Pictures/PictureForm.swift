import TerminalKit

/// How a terminal shows pictures, best first: in pixels where it said it
/// takes them, else in Unicode block symbols in the colours it has.
public enum PictureForm: Hashable, Sendable {
  case graphics(GraphicsProtocol)
  case symbols(colors: Int)

  /// The best form for a terminal: nil where it can show no picture (no
  /// colour, or ASCII only), and visitors read the photo's alt text.
  public static func best(
    graphics: GraphicsProtocol?, colorDepth: ColorDepth, isUnicode: Bool
  ) -> PictureForm? {
    if let graphics { return .graphics(graphics) }
    guard isUnicode else { return nil }
    switch colorDepth {
    case .rich: return .symbols(colors: 256)
    case .basic: return .symbols(colors: 8)
    case .none: return nil
    }
  }
}

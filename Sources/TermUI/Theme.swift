import TerminalKit

/// Colours by role, never by name in the screens: a theme says which colour
/// each role gets at each colour depth.
public enum Theme: String, Hashable, Sendable, CaseIterable {
  case standard
  /// For visitors with low vision: white and yellow on black, no greys,
  /// everything bold.
  case highContrast = "high-contrast"

  /// A terminal colour pair; the toolkit's type, under the theme's name.
  public typealias Colors = TerminalKit.Colors

  /// The colours of `role`, or nil where the depth has no colour.
  public func colors(_ role: Role, depth: ColorDepth) -> Colors? {
    switch (self, depth) {
    case (_, .none):
      return nil
    case (_, .rich) where role == .paper:
      return Colors(foreground: 16, background: 231)
    case (_, .basic) where role == .paper:
      return Colors(foreground: 0, background: 7)
    case (.standard, .rich):
      let foreground: Int16 =
        [.text: -1, .muted: 245, .accent: 33, .highlight: 39, .warning: 214][role] ?? -1
      return Colors(foreground: foreground, background: -1)
    case (.standard, .basic):
      let foreground: Int16 =
        [.text: -1, .muted: 6, .accent: 4, .highlight: 6, .warning: 3][role] ?? -1
      return Colors(foreground: foreground, background: -1)
    case (.highContrast, .rich):
      let foreground: Int16 =
        [.text: 15, .muted: 15, .accent: 226, .highlight: 226, .warning: 226][role] ?? 15
      return Colors(foreground: foreground, background: 16)
    case (.highContrast, .basic):
      let foreground: Int16 =
        [.text: 7, .muted: 7, .accent: 3, .highlight: 3, .warning: 3][role] ?? 7
      return Colors(foreground: foreground, background: 0)
    }
  }

  /// Whether every cell is drawn bold (thin strokes are hard to read).
  public var boldEverything: Bool { self == .highContrast }
}

extension Theme {
  /// The theme's colours and weight at `depth`, as the terminal session
  /// draws them.
  public func palette(_ depth: ColorDepth) -> Palette {
    Palette(boldEverything: boldEverything) { colors($0, depth: depth) }
  }
}

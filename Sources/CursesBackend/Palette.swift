import CNcurses
import TermUI

/// The theme turned into curses colour pairs, one per role.
struct Palette {
  let theme: Theme
  let depth: ColorDepth
  /// The colour pair for each role, indexed by `Role.rawValue`; 0 is the
  /// terminal's default colours.
  private let pairs: [Int16]

  /// What the terminal can show: 256 colours, 8, or none (also when the
  /// NO_COLOR convention asks for none).
  static func depth(noColor: Bool) -> ColorDepth {
    guard !noColor, has_colors() else { return .none }
    return shim_colors() >= 256 ? .rich : .basic
  }

  init(theme: Theme, depth: ColorDepth) {
    self.theme = theme
    self.depth = depth
    guard depth != .none, start_color() == OK else {
      pairs = Array(repeating: 0, count: Role.allCases.count)
      return
    }
    use_default_colors()
    pairs = Role.allCases.map { role in
      let pair = Int16(role.rawValue + 1)
      guard Int32(pair) < shim_color_pairs(), let colors = theme.colors(role, depth: depth) else {
        return 0
      }
      init_pair(pair, colors.foreground, colors.background)
      return pair
    }
  }

  func pair(_ role: Role) -> Int16 { pairs[role.rawValue] }

  /// The curses attributes for a style's emphasis.
  func attributes(_ style: Style) -> attr_t {
    var attributes = shim_a_normal()
    if style.bold || theme.boldEverything { attributes |= shim_a_bold() }
    if style.reverse { attributes |= shim_a_reverse() }
    if style.underline { attributes |= shim_a_underline() }
    return attributes
  }
}

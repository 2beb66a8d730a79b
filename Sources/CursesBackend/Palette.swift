import CNcurses
import TermUI

/// The theme: colour pairs by role. 256 colours where the terminal has them,
/// the 8 basic ones otherwise, and none on a monochrome terminal, where the
/// styles' bold/reverse/underline carry the emphasis on their own.
struct Palette {
  /// The colour pair for each role, indexed by `Role.rawValue`; 0 is the
  /// terminal's default colours.
  let pairs: [Int16]

  static func start() -> Palette {
    guard has_colors(), start_color() == OK else {
      return Palette(pairs: Array(repeating: 0, count: Role.allCases.count))
    }
    use_default_colors()
    let rich = shim_colors() >= 256
    // Foregrounds on the terminal's own background (-1).
    let foreground: [Role: Int16] = [
      .text: -1,
      .muted: rich ? 245 : Int16(COLOR_CYAN),
      .accent: rich ? 33 : Int16(COLOR_BLUE),
      .highlight: rich ? 39 : Int16(COLOR_CYAN),
      .warning: rich ? 214 : Int16(COLOR_YELLOW),
    ]
    var pairs: [Int16] = []
    for role in Role.allCases {
      let pair = Int16(role.rawValue + 1)
      guard Int32(pair) < shim_color_pairs() else {
        pairs.append(0)
        continue
      }
      init_pair(pair, foreground[role] ?? -1, -1)
      pairs.append(pair)
    }
    return Palette(pairs: pairs)
  }

  func pair(_ role: Role) -> Int16 { pairs[role.rawValue] }

  /// The curses attributes for a style's emphasis.
  static func attributes(_ style: Style) -> attr_t {
    var attributes = shim_a_normal()
    if style.bold { attributes |= shim_a_bold() }
    if style.reverse { attributes |= shim_a_reverse() }
    if style.underline { attributes |= shim_a_underline() }
    return attributes
  }
}

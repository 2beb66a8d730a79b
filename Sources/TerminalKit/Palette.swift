/// How many colours the terminal can show.
public enum ColorDepth: String, Hashable, Sendable, CaseIterable {
  /// No colour at all: vt100, NO_COLOR. Bold, underline and reverse carry
  /// the emphasis on their own.
  case none
  /// The 8 basic colours: the Linux console.
  case basic
  /// 256 colours: xterm-256color, tmux-256color, screen-256color.
  case rich
}

/// A terminal colour pair: -1 is the terminal's own foreground or background.
public struct Colors: Hashable, Sendable {
  public var foreground: Int16
  public var background: Int16

  public init(foreground: Int16, background: Int16) {
    self.foreground = foreground
    self.background = background
  }
}

/// What each role looks like on one terminal: its colours (nil: the
/// terminal's own, or no colour at all) and whether everything is bold.
/// The app's theme makes one; the frame writer draws with it.
public struct Palette: Hashable, Sendable {
  /// By `Role.rawValue`.
  public let colors: [Colors?]
  public let boldEverything: Bool

  public init(boldEverything: Bool = false, colors: (Role) -> Colors?) {
    self.colors = Role.allCases.map(colors)
    self.boldEverything = boldEverything
  }

  public func colors(_ role: Role) -> Colors? { colors[role.rawValue] }
}

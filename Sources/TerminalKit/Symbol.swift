import TextLayout

/// The line drawing and markers that frames, scroll bars and the time axis
/// draw by the dozen on every frame, made into glyphs once for each kind of
/// terminal: making each one from a `Character` again cost more than
/// placing it. Every one is one column wide, in Unicode and in ASCII.
public enum Symbol: Int, CaseIterable, Sendable {
  case horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight
  case cross, bandStart, bandEnd, scrollThumb, event, selectedEvent, found

  public var character: Character {
    switch self {
    case .horizontal: "─"
    case .vertical: "│"
    case .topLeft: "┌"
    case .topRight: "┐"
    case .bottomLeft: "└"
    case .bottomRight: "┘"
    case .cross: "┼"
    case .bandStart: "├"
    case .bandEnd: "┤"
    case .scrollThumb: "█"
    case .event: "●"
    case .selectedEvent: "◆"
    case .found: "▲"
    }
  }

  /// The glyph on a terminal that shows Unicode, and on one that shows
  /// only ASCII.
  static let unicodeGlyphs = allCases.map { Glyph($0.character) }
  static let asciiGlyphs = allCases.map { Glyph(Transliteration.glyph($0.character)) }
}

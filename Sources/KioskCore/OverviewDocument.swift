import HistoryContent

/// The opening overview laid out as lines: its title, its text and its
/// sources. (The dump prints it first; the screens are to show it as the
/// timeline's first entry and the attract loop's first slide.)
public enum OverviewDocument {
  public static func lines(_ overview: Overview, _ language: Language, width: Int)
    -> [DocumentLine]
  {
    var builder = DocumentBuilder(width: width, language: language)
    builder.add(overview.title.text(language), .title)
    builder.blank()
    builder.add(overview.text.text(language), .body)
    builder.sources(overview.sources)
    return builder.lines
  }
}

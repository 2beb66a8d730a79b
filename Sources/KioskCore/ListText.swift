import HistoryContent
import TextLayout

/// The words of the list's rows.
enum ListText {
  /// "1951  PICMME is founded", "Protection", or an era heading.
  static func text(of row: ListRow, in pane: Pane, _ content: Content, _ language: Language)
    -> String
  {
    switch row {
    case .heading(let era):
      return eraHeading(content.eras[era], language)
    case .item(let index):
      switch pane {
      case .timeline:
        let event = content.events[index]
        return "\(event.date.year)  \(event.label.text(language))"
      case .work:
        return content.areas[index].label.text(language)
      case .exhibition:
        let caption = content.captions[index]
        return "\(caption.year.map(String.init) ?? "    ")  \(caption.label.text(language))"
      }
    }
  }

  /// "PICMME and ICEM 1951–1980", "IOM since 1989".
  static func eraHeading(_ era: Era, _ language: Language) -> String {
    let name = Sanitizer.clean(era.name.text(language))
    if let to = era.to { return "\(name) \(era.from)–\(to)" }
    return language == .german ? "\(name) seit \(era.from)" : "\(name) since \(era.from)"
  }
}

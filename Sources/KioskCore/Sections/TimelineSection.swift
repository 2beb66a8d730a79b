import HistoryContent
import TextLayout

/// The milestones from 1951 to today, grouped by era and placed on the time axis.
public struct TimelineSection: Section {
  public init() {}

  public var logName: String { "timeline" }
  public var hasTimeAxis: Bool { true }

  public var isInAttract: Bool { true }

  public func name(_ language: Language) -> String { UIString.paneTimeline.text(language) }

  public func counter(_ position: Int, of count: Int, _ language: Language) -> String {
    UIString.counterEvent.text(language, position, count)
  }

  public func itemCount(_ content: Content) -> Int { content.events.count }

  public func itemID(_ index: Int, _ content: Content) -> String { content.events[index].id }

  /// Each era's heading above its first event.
  public func rows(_ content: Content) -> [ListRow] {
    var rows: [ListRow] = []
    var era: String?
    let eraIndex = Dictionary(
      content.eras.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (index, event) in content.events.enumerated() {
      if event.era != era, let heading = eraIndex[event.era] {
        era = event.era
        rows.append(.heading(heading))
      }
      rows.append(.item(index))
    }
    return rows
  }

  /// "1951  PICMME is founded", or an era's heading: "ICM 1980–1989".
  public func rowText(_ row: ListRow, _ content: Content, _ language: Language) -> String {
    switch row {
    case .heading(let era): return Self.eraHeading(content.eras[era], language)
    case .item(let index):
      let event = content.events[index]
      return "\(event.date.year)  \(event.label.text(language))"
    }
  }

  public func place(_ index: Int, _ content: Content, _ language: Language) -> String {
    let event = content.events[index]
    return "\(event.date.year) \(event.label.text(language))"
  }

  public func document(_ index: Int, _ content: Content, _ language: Language, width: Int)
    -> [DocumentLine]
  {
    let event = content.events[index]
    var builder = DocumentBuilder(width: width, language: language)
    var meta = date(event, language)
    if let era = content.era(of: event) { meta += " · " + era.name.text(language) }
    builder.add(meta, .meta)
    builder.add(event.title.text(language), .title)
    builder.blank()
    builder.add(event.story.text(language), .body)
    builder.sources(event.sources)
    return builder.lines
  }

  /// "5 December 1951. PICMME is founded"
  public func summary(_ index: Int, _ content: Content, _ language: Language) -> String {
    let event = content.events[index]
    return "\(date(event, language)). \(event.title.text(language))"
  }

  public func narration(_ index: Int, _ content: Content, _ language: Language) -> String {
    let event = content.events[index]
    return "\(date(event, language)): \(event.title.text(language))"
  }

  /// The date, the title and the first paragraph of the story.
  public func slide(_ index: Int, _ content: Content, _ language: Language, width: Int)
    -> [DocumentLine]
  {
    let event = content.events[index]
    var builder = DocumentBuilder(width: width, language: language)
    builder.add(date(event, language), .meta)
    builder.add(event.title.text(language), .title)
    builder.blank()
    builder.add(DocumentBuilder.firstParagraph(event.story.text(language)), .body)
    return builder.lines
  }

  public func searchFields(_ index: Int, _ content: Content, _ language: Language) -> SearchFields {
    let event = content.events[index]
    return SearchFields(
      titles: [event.label.text(language), event.title.text(language)],
      text: [event.story.text(language)], sources: event.sources.map { $0.text.text(language) })
  }

  public func years(_ index: Int, _ content: Content) -> ClosedRange<Int>? {
    let event = content.events[index]
    return event.date.year...max(event.date.year, event.until?.year ?? event.date.year)
  }

  private func date(_ event: TimelineEvent, _ language: Language) -> String {
    Formatting.span(event.date, until: event.until, language)
  }

  /// "ICM 1980–1989", "IOM since 1989".
  static func eraHeading(_ era: Era, _ language: Language) -> String {
    let name = Sanitizer.clean(era.name.text(language))
    if let to = era.to { return "\(name) \(era.from)–\(to)" }
    return UIString.eraSince.text(language, name, era.from)
  }
}

import HistoryContent
import TextLayout

/// The milestones from 1951 to today, grouped by era and placed on the time
/// axis; first, where the content has one, the overview of the whole story.
/// Item 0 is then the overview and item n the event n - 1.
public struct TimelineSection: Section {
  public init() {}

  public var logName: String { "timeline" }
  public var hasTimeAxis: Bool { true }

  public var isInAttract: Bool { true }

  public func name(_ language: Language) -> String { UIString.paneTimeline.text(language) }

  public func counter(_ position: Int, of count: Int, _ language: Language) -> String {
    UIString.counterEvent.text(language, position, count)
  }

  public func itemCount(_ content: Content) -> Int { content.events.count + offset(content) }

  public func itemID(_ index: Int, _ content: Content) -> String {
    entry(index, content).event?.id ?? "overview"
  }

  /// The items before the first event: the overview, where there is one.
  private func offset(_ content: Content) -> Int { content.overview == nil ? 0 : 1 }

  /// What item `index` is.
  private func entry(_ index: Int, _ content: Content) -> (
    event: TimelineEvent?, overview: Overview?
  ) {
    let offset = offset(content)
    if index < offset { return (nil, content.overview) }
    return (content.events[index - offset], nil)
  }

  public func event(ofItem index: Int, _ content: Content) -> Int? {
    let event = index - offset(content)
    return content.events.indices.contains(event) ? event : nil
  }

  public func item(ofEvent event: Int, _ content: Content) -> Int { event + offset(content) }

  /// An event's photo; the overview has none.
  public func photo(_ index: Int, _ content: Content) -> Photo? {
    entry(index, content).event?.photo
  }

  /// The overview first, then each era's heading above its first event.
  public func rows(_ content: Content) -> [ListRow] {
    var rows: [ListRow] = content.overview == nil ? [] : [.item(0)]
    var era: String?
    let eraIndex = Dictionary(
      content.eras.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (index, event) in content.events.enumerated() {
      if event.era != era, let heading = eraIndex[event.era] {
        era = event.era
        rows.append(.heading(heading))
      }
      rows.append(.item(item(ofEvent: index, content)))
    }
    return rows
  }

  /// "1951  PICMME is founded", or an era's heading: "ICM 1980–1989".
  public func rowText(_ row: ListRow, _ content: Content, _ language: Language) -> String {
    switch row {
    case .heading(let era): return Self.eraHeading(content.eras[era], language)
    case .item(let index):
      guard let event = entry(index, content).event else {
        return "      " + (content.overview?.label.text(language) ?? "")
      }
      return "\(event.date.year)  \(event.label.text(language))"
    }
  }

  public func place(_ index: Int, _ content: Content, _ language: Language) -> String {
    let (event, overview) = entry(index, content)
    guard let event else { return overview?.label.text(language) ?? "" }
    return "\(event.date.year) \(event.label.text(language))"
  }

  public func document(_ index: Int, _ content: Content, _ language: Language, width: Int)
    -> [DocumentLine]
  {
    let (event, overview) = entry(index, content)
    guard let event else {
      return overview.map { OverviewDocument.lines($0, language, width: width) } ?? []
    }
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
    headline(index, content, language, separator: ". ")
  }

  /// "5 December 1951: PICMME is founded"
  public func narration(_ index: Int, _ content: Content, _ language: Language) -> String {
    headline(index, content, language, separator: ": ")
  }

  /// The event's date and title, or the overview's title.
  private func headline(
    _ index: Int, _ content: Content, _ language: Language, separator: String
  ) -> String {
    let (event, overview) = entry(index, content)
    guard let event else { return overview?.title.text(language) ?? "" }
    return date(event, language) + separator + event.title.text(language)
  }

  /// The date, the title and the first paragraph of the story; the
  /// overview whole, its sources aside: the arc at a glance.
  public func slide(_ index: Int, _ content: Content, _ language: Language, width: Int)
    -> [DocumentLine]
  {
    let (event, overview) = entry(index, content)
    var builder = DocumentBuilder(width: width, language: language)
    guard let event else {
      guard let overview else { return [] }
      builder.add(overview.title.text(language), .title)
      builder.blank()
      builder.add(overview.text.text(language), .body)
      return builder.lines
    }
    builder.add(date(event, language), .meta)
    builder.add(event.title.text(language), .title)
    builder.blank()
    builder.add(DocumentBuilder.firstParagraph(event.story.text(language)), .body)
    return builder.lines
  }

  public func searchFields(_ index: Int, _ content: Content, _ language: Language) -> SearchFields {
    let (event, overview) = entry(index, content)
    guard let event else {
      return SearchFields(
        titles: [overview?.label.text(language), overview?.title.text(language)].compactMap { $0 },
        text: [overview?.text.text(language) ?? ""],
        sources: overview?.sources.map { $0.text.text(language) } ?? [])
    }
    return SearchFields(
      titles: [event.label.text(language), event.title.text(language)],
      text: [event.story.text(language)], sources: event.sources.map { $0.text.text(language) })
  }

  public func years(_ index: Int, _ content: Content) -> ClosedRange<Int>? {
    guard let event = entry(index, content).event else { return nil }
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

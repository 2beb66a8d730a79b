import HistoryContent

/// What IOM does in Germany and what Germany supports worldwide, each area
/// with its key figures.
public struct WorkSection: Section {
  public init() {}

  public var logName: String { "work areas" }

  public func name(_ language: Language) -> String { UIString.paneWork.text(language) }

  public func counter(_ position: Int, of count: Int, _ language: Language) -> String {
    UIString.counterArea.text(language, position, count)
  }

  public func itemCount(_ content: Content) -> Int { content.areas.count }

  public func itemID(_ index: Int, _ content: Content) -> String { content.areas[index].id }

  public func rowText(_ row: ListRow, _ content: Content, _ language: Language) -> String {
    guard let index = row.item else { return "" }
    return content.areas[index].label.text(language)
  }

  public func place(_ index: Int, _ content: Content, _ language: Language) -> String {
    content.areas[index].label.text(language)
  }

  /// The key figures first: they are what a passing visitor should see.
  public func document(_ index: Int, _ content: Content, _ language: Language, width: Int)
    -> [DocumentLine]
  {
    let area = content.areas[index]
    var builder = DocumentBuilder(width: width, language: language)
    builder.add(area.title.text(language), .title)
    for figure in area.figures {
      builder.blank()
      builder.add(Formatting.figure(figure, language), .figure)
      builder.add(Formatting.figureLabel(figure, language), .figureLabel, indent: 2)
    }
    builder.blank()
    builder.add(area.text.text(language), .body)
    builder.sources(area.sources)
    return builder.lines
  }

  /// The title, then each figure with what it counts.
  public func summary(_ index: Int, _ content: Content, _ language: Language) -> String {
    let area = content.areas[index]
    let figures = area.figures.map {
      "\(Formatting.figure($0, language)) \(Formatting.figureLabel($0, language))"
    }
    return ([area.title.text(language)] + figures).joined(separator: ". ")
  }

  public func narration(_ index: Int, _ content: Content, _ language: Language) -> String {
    let area = content.areas[index]
    guard let figure = area.figures.first else { return area.title.text(language) }
    return
      "\(area.title.text(language)): \(Formatting.figure(figure, language)) \(figure.counts.text(language))"
  }

  public func searchFields(_ index: Int, _ content: Content, _ language: Language) -> SearchFields {
    let area = content.areas[index]
    return SearchFields(
      titles: [area.label.text(language), area.title.text(language)],
      text: [area.text.text(language)] + area.figures.map { Formatting.figureLabel($0, language) },
      sources: area.sources.map { $0.text.text(language) })
  }
}

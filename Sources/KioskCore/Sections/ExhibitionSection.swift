import HistoryContent
import TextLayout

/// The photo exhibition "70 Years IOM Germany": its captions, their credits,
/// and the online gallery.
public struct ExhibitionSection: Section {
  public init() {}

  public var logName: String { "photo exhibition" }

  public var isInAttract: Bool { true }

  public func name(_ language: Language) -> String { UIString.paneExhibition.text(language) }

  public func counter(_ position: Int, of count: Int, _ language: Language) -> String {
    UIString.counterPhoto.text(language, position, count)
  }

  public func itemCount(_ content: Content) -> Int { content.captions.count }

  public func itemID(_ index: Int, _ content: Content) -> String { content.captions[index].id }

  /// "1957  Flight to the United States"; a caption without a year keeps the column.
  public func rowText(_ row: ListRow, _ content: Content, _ language: Language) -> String {
    guard let index = row.item else { return "" }
    let caption = content.captions[index]
    return "\(caption.year.map(String.init) ?? "    ")  \(caption.label.text(language))"
  }

  public func listTitle(_ content: Content, _ language: Language) -> String {
    content.exhibition.title.text(language)
  }

  public func place(_ index: Int, _ content: Content, _ language: Language) -> String {
    content.captions[index].label.text(language)
  }

  public func document(_ index: Int, _ content: Content, _ language: Language, width: Int)
    -> [DocumentLine]
  {
    let caption = content.captions[index]
    var builder = DocumentBuilder(width: width, language: language)
    let meta = [caption.year.map(String.init), caption.place?.text(language)]
      .compactMap { $0 }.joined(separator: " · ")
    if !meta.isEmpty { builder.add(meta, .meta) }
    builder.add(caption.title.text(language), .title)
    builder.blank()
    builder.add(caption.caption.text(language), .body)
    builder.blank()
    builder.add(credit(caption, language), .credit)
    builder.add("\(UIString.gallery.text(language)): \(content.exhibition.gallery)", .link)
    builder.sources(caption.sources)
    return builder.lines
  }

  /// The title and the credit line.
  public func summary(_ index: Int, _ content: Content, _ language: Language) -> String {
    let caption = content.captions[index]
    return "\(caption.title.text(language)). \(credit(caption, language))"
  }

  public func narration(_ index: Int, _ content: Content, _ language: Language) -> String {
    "\(content.exhibition.title.text(language)): \(content.captions[index].title.text(language))"
  }

  /// The exhibition's title, the caption's title, the first paragraph and
  /// the credit, or the gallery as its source where no credit is known.
  public func slide(_ index: Int, _ content: Content, _ language: Language, width: Int)
    -> [DocumentLine]
  {
    let caption = content.captions[index]
    var builder = DocumentBuilder(width: width, language: language)
    builder.add(content.exhibition.title.text(language), .meta)
    builder.add(caption.title.text(language), .title)
    builder.blank()
    builder.add(DocumentBuilder.firstParagraph(caption.caption.text(language)), .body)
    builder.blank()
    builder.add(credit(caption, language), .credit)
    return builder.lines
  }

  /// The exhibition's place and year, then its introduction, in paragraphs.
  public func belowList(_ content: Content, _ language: Language, width: Int) -> [DocumentLine] {
    let exhibition = content.exhibition
    var builder = DocumentBuilder(width: width, language: language)
    builder.add("\(exhibition.place.text(language)), \(exhibition.year)", .meta)
    builder.add(exhibition.intro.text(language), .body)
    return builder.lines
  }

  public func searchFields(_ index: Int, _ content: Content, _ language: Language) -> SearchFields {
    let caption = content.captions[index]
    return SearchFields(
      titles: [caption.label.text(language), caption.title.text(language)],
      text: [caption.caption.text(language)],
      sources: [credit(caption, language)] + caption.sources.map { $0.text.text(language) })
  }

  public func years(_ index: Int, _ content: Content) -> ClosedRange<Int>? {
    content.captions[index].year.map { $0...$0 }
  }

  public func photo(_ index: Int, _ content: Content) -> Photo? { content.captions[index].photo }

  /// Every caption leads to the online gallery.
  public func webAddress(_ index: Int, _ content: Content) -> String? {
    content.exhibition.gallery
  }

  /// "Photo: © IOM", or where the credit was not recorded, the gallery as source.
  private func credit(_ caption: Caption, _ language: Language) -> String {
    guard let credit = caption.credit else { return UIString.creditUnknown.text(language) }
    return "\(UIString.credit.text(language)): \(credit)"
  }
}

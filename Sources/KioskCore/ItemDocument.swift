import HistoryContent
import TextLayout

/// How a line of an item's text is meant to look; the theme decides colours.
public enum LineStyle: Hashable, Sendable {
  case title, meta, body, heading, figure, figureLabel, source, credit, link, blank
}

/// One wrapped line of an item's text.
public struct DocumentLine: Hashable, Sendable {
  public var text: String
  public var style: LineStyle
  public init(_ text: String, _ style: LineStyle) {
    self.text = text
    self.style = style
  }
}

/// An item laid out as lines of a given width: used by the detail panel and
/// the full-screen reading view alike.
public enum ItemDocument {
  public static func lines(
    _ content: Content, pane: Pane, index: Int, language: Language, width: Int
  ) -> [DocumentLine] {
    var builder = Builder(width: width, language: language)
    switch pane {
    case .timeline:
      guard content.events.indices.contains(index) else { return [] }
      let event = content.events[index]
      var meta = Formatting.span(event.date, until: event.until, language)
      if let era = content.era(of: event) { meta += " · " + era.name.text(language) }
      builder.add(meta, .meta)
      builder.add(event.title.text(language), .title)
      builder.blank()
      builder.add(event.story.text(language), .body)
      builder.sources(event.sources, language)
    case .work:
      guard content.areas.indices.contains(index) else { return [] }
      let area = content.areas[index]
      builder.add(area.title.text(language), .title)
      // Key figures first: they are what a passing visitor should see.
      for figure in area.figures {
        builder.blank()
        builder.add(Formatting.figure(figure, language), .figure)
        builder.add(figureLabel(figure, language), .figureLabel, indent: 2)
      }
      builder.blank()
      builder.add(area.text.text(language), .body)
      builder.sources(area.sources, language)
    case .exhibition:
      guard content.captions.indices.contains(index) else { return [] }
      let caption = content.captions[index]
      let meta = [caption.year.map(String.init), caption.place?.text(language)]
        .compactMap { $0 }.joined(separator: " · ")
      if !meta.isEmpty { builder.add(meta, .meta) }
      builder.add(caption.title.text(language), .title)
      builder.blank()
      builder.add(caption.caption.text(language), .body)
      builder.blank()
      if let credit = caption.credit {
        builder.add("\(UIString.credit.text(language)): \(credit)", .credit)
      } else {
        builder.add(UIString.creditUnknown.text(language), .credit)
      }
      builder.add("\(UIString.gallery.text(language)): \(content.exhibition.gallery)", .link)
      builder.sources(caption.sources, language)
    }
    return builder.lines
  }

  /// The exhibition's place and year, then its introduction, in paragraphs.
  public static func exhibitionIntro(_ exhibition: Exhibition, language: Language, width: Int)
    -> [DocumentLine]
  {
    var lines = Wrap.lines("\(exhibition.place.text(language)), \(exhibition.year)", width: width)
      .map { DocumentLine($0, .meta) }
    lines += Wrap.lines(
      Sanitizer.clean(exhibition.intro.text(language), keepNewlines: true), width: width
    )
    .map { DocumentLine($0, $0.isEmpty ? .blank : .body) }
    return lines
  }

  /// "people assisted through resettlement · since 2021 · according to IOM Germany [I]"
  public static func figureLabel(_ figure: KeyFigure, _ language: Language) -> String {
    [
      figure.counts.text(language), figure.period.text(language),
      "\(UIString.accordingTo.text(language)) \(figure.account.text(language)) [\(figure.tag)]",
    ].joined(separator: " · ")
  }

  /// Collects wrapped lines; every text is sanitised on the way in.
  struct Builder {
    let width: Int
    /// Also says whether to write in ASCII, for terminals that need it.
    let language: Language
    var lines: [DocumentLine] = []

    mutating func add(_ text: String, _ style: LineStyle, indent: Int = 0) {
      let clean = language.shown(Sanitizer.clean(text, keepNewlines: true))
      let pad = String(repeating: " ", count: indent)
      for line in Wrap.lines(clean, width: max(1, width - indent)) {
        lines.append(DocumentLine(line.isEmpty ? "" : pad + line, line.isEmpty ? .blank : style))
      }
    }

    mutating func blank() { lines.append(DocumentLine("", .blank)) }

    mutating func sources(_ sources: [Source], _ language: Language) {
      guard !sources.isEmpty else { return }
      blank()
      add(UIString.sources.text(language), .heading)
      for source in sources {
        // Hanging indent: the tag stands out, the reference wraps under itself.
        let tag = "[\(source.tag)] "
        let wrapped = Wrap.lines(
          Sanitizer.clean(source.reference), width: max(1, width - tag.count))
        for (number, line) in wrapped.enumerated() {
          let lead = number == 0 ? tag : String(repeating: " ", count: tag.count)
          lines.append(DocumentLine(lead + line, .source))
        }
      }
    }
  }
}

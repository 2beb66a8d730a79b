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

/// Collects an item's text as wrapped lines of one width: the detail pane,
/// the reading view and the attract slides are made with it. Every text is
/// sanitised on the way in.
public struct DocumentBuilder {
  public let width: Int
  /// Also says whether to write in ASCII, for terminals that need it.
  public let language: Language
  public private(set) var lines: [DocumentLine] = []

  public init(width: Int, language: Language) {
    self.width = width
    self.language = language
  }

  /// `text`'s paragraphs wrapped, each line in `style`, `indent` columns in.
  public mutating func add(_ text: String, _ style: LineStyle, indent: Int = 0) {
    let clean = language.shown(Sanitizer.clean(text, keepNewlines: true))
    let pad = String(repeating: " ", count: indent)
    for line in Wrap.lines(clean, width: max(1, width - indent)) {
      lines.append(DocumentLine(line.isEmpty ? "" : pad + line, line.isEmpty ? .blank : style))
    }
  }

  public mutating func blank() { lines.append(DocumentLine("", .blank)) }

  /// "Sources", a line that says what the tags mean, then each source in
  /// the reader's language, its tag standing out and the text wrapping
  /// under itself.
  public mutating func sources(_ sources: [Source]) {
    guard !sources.isEmpty else { return }
    blank()
    add(UIString.sources.text(language), .heading)
    add(UIString.sourceLegend.text(language), .source)
    for source in sources {
      let tag = "[\(source.tag)] "
      let wrapped = Wrap.lines(
        language.shown(Sanitizer.clean(source.text.text(language))),
        width: max(1, width - tag.count))
      for (number, line) in wrapped.enumerated() {
        let lead = number == 0 ? tag : String(repeating: " ", count: tag.count)
        lines.append(DocumentLine(lead + line, .source))
      }
    }
  }

  /// The text up to its first blank line.
  public static func firstParagraph(_ text: String) -> String {
    text.firstRange(of: "\n\n").map { String(text[..<$0.lowerBound]) } ?? text
  }
}

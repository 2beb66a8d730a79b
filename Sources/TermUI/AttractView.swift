import HistoryContent
import KioskCore
import TextLayout

/// The attract loop: while nobody is at the kiosk, one milestone or photo
/// caption at a time, large and calm, with an invitation in both languages.
enum AttractView {
  static func draw(_ buffer: inout Buffer, _ kiosk: Kiosk, _ state: AppState, _ attract: Attract) {
    let size = state.size
    let language = state.textLanguage
    Chrome.header(&buffer, kiosk, state, .exhibition)
    let slides = kiosk.attractSlides
    guard slides.indices.contains(attract.slide) else { return }
    let slide = slides[attract.slide]

    // The timeline's slides keep the axis at the bottom, moving along.
    let layout = ScreenLayout(size: size, pane: .timeline)
    var bottom = size.height - 3
    if slide.pane == .timeline, let axis = layout.axis {
      let rect = Rect(
        x: axis.x, y: size.height - 3 - axis.height, width: axis.width, height: axis.height)
      TimeAxisView.draw(&buffer, kiosk, selected: slide.index, in: rect, language: language)
      bottom = rect.y
    }

    let width = min(size.width - 8, ScreenLayout.readingMeasure)
    let lines = slideLines(kiosk.content, slide, language, width: width)
    let top = max(3, 2 + (bottom - 2 - lines.count) / 2)
    let area = Rect(x: (size.width - width) / 2, y: top, width: width, height: bottom - top - 1)
    buffer.document(lines, in: area)
    buffer.focus = Position(x: area.x, y: area.y)

    invitation(&buffer, state)
  }

  /// The slide's text: for an event its date, title and the start of its
  /// story; for a photo its title, caption and credit.
  static func slideLines(_ content: Content, _ slide: ItemRef, _ language: Language, width: Int)
    -> [DocumentLine]
  {
    var text: [DocumentLine] = []
    func add(_ string: String, _ style: LineStyle) {
      text += Wrap.lines(Sanitizer.clean(string, keepNewlines: true), width: width).map {
        DocumentLine($0, $0.isEmpty ? .blank : style)
      }
    }
    switch slide.pane {
    case .timeline:
      let event = content.events[slide.index]
      add(Formatting.span(event.date, until: event.until, language), .meta)
      add(event.title.text(language), .title)
      text.append(DocumentLine("", .blank))
      add(firstParagraph(event.story.text(language)), .body)
    case .exhibition:
      let caption = content.captions[slide.index]
      add(content.exhibition.title.text(language), .meta)
      add(caption.title.text(language), .title)
      text.append(DocumentLine("", .blank))
      add(firstParagraph(caption.caption.text(language)), .body)
      if let credit = caption.credit {
        text.append(DocumentLine("", .blank))
        add("\(UIString.credit.text(language)): \(credit)", .credit)
      }
    case .work:
      break
    }
    return text
  }

  static func firstParagraph(_ text: String) -> String {
    text.firstRange(of: "\n\n").map { String(text[..<$0.lowerBound]) } ?? text
  }

  /// "Press any key to explore", in the start language and the other one.
  static func invitation(_ buffer: inout Buffer, _ state: AppState) {
    let size = state.size
    let other = Language(state.language == .german ? "en" : "de", asciiOnly: state.asciiOnly)
    let line =
      " \(UIString.attractInvitation.text(state.textLanguage)) · \(UIString.attractInvitation.text(other)) "
    let text = Wrap.truncate(line, width: size.width - 2)
    let x = (size.width - DisplayWidth.of(text)) / 2
    buffer.put(text, x: x, y: size.height - 2, style: Style(.accent, bold: true, reverse: true))
  }
}

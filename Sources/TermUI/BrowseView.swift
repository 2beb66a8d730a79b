import HistoryContent
import KioskCore
import TextLayout

/// The three panes: a list on the left, the selected item on the right, and
/// for the timeline the time axis below.
enum BrowseView {
  static func draw(_ buffer: inout Buffer, _ kiosk: Kiosk, _ state: AppState) {
    let pane = state.pane
    let selected = state.selected(in: pane)
    let layout = ScreenLayout(size: state.size, pane: pane)
    let language = state.textLanguage
    Chrome.header(&buffer, state, location: Chrome.location(kiosk, pane, selected, language))
    Chrome.tabs(&buffer, state)
    drawList(&buffer, kiosk, state, layout)
    drawDetail(&buffer, kiosk, state, layout)
    if let axis = layout.axis {
      TimeAxisView.draw(&buffer, kiosk.content, selected: selected, in: axis, language: language)
    }
  }

  private static func drawList(
    _ buffer: inout Buffer, _ kiosk: Kiosk, _ state: AppState, _ layout: ScreenLayout
  ) {
    let pane = state.pane
    let language = state.textLanguage
    let title: String
    switch pane {
    case .timeline: title = pane.name(language)
    case .work: title = pane.name(language)
    case .exhibition: title = kiosk.content.exhibition.title.text(language)
    }
    buffer.frame(layout.list, title: title, focused: true)
    let inner = layout.list.inset(by: 1)
    let rows = kiosk.lists.rows(pane)
    let selected = state.selected(in: pane)
    let offset = kiosk.lists.offset(selected: selected, in: pane, visible: inner.height)
    for (line, row) in rows[offset..<min(rows.count, offset + inner.height)].enumerated() {
      let y = inner.y + line
      let isSelected = row.item == selected
      if isSelected {
        buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .selected)
        buffer.focus = Position(x: inner.x + 1, y: y)
      }
      let style: Style =
        isSelected ? .selected : row.item == nil ? Style(.accent, bold: true) : .text
      let text = Sanitizer.clean(ListText.text(of: row, in: pane, kiosk.content, language))
      buffer.putTruncated(" " + text, x: inner.x, y: y, width: inner.width, style: style)
    }
    // The exhibition has few captions: use the room below them for its introduction.
    if pane == .exhibition {
      drawExhibitionIntro(
        &buffer, kiosk.content.exhibition, below: rows.count - offset, in: inner, language)
    }
    let visibleRows = min(rows.count, inner.height)
    buffer.scrollBar(
      x: layout.list.maxX - 1, top: inner.y, height: inner.height, offset: offset,
      visible: visibleRows, total: rows.count)
  }

  private static func drawExhibitionIntro(
    _ buffer: inout Buffer, _ exhibition: Exhibition, below used: Int, in inner: Rect,
    _ language: Language
  ) {
    let top = inner.y + used + 1
    let area = Rect(x: inner.x + 1, y: top, width: inner.width - 2, height: inner.maxY - top)
    guard area.height >= 3 else { return }
    var lines = Wrap.lines(
      "\(exhibition.place.text(language)), \(exhibition.year)", width: area.width
    ).map { DocumentLine($0, .meta) }
    lines += Wrap.lines(
      Sanitizer.clean(exhibition.intro.text(language), keepNewlines: true), width: area.width
    )
    .map { DocumentLine($0, $0.isEmpty ? .blank : .body) }
    buffer.document(Array(lines.prefix(area.height)), in: area)
  }

  private static func drawDetail(
    _ buffer: inout Buffer, _ kiosk: Kiosk, _ state: AppState, _ layout: ScreenLayout
  ) {
    let selected = state.selected(in: state.pane)
    let counter = Chrome.counter(
      state.pane, selected, of: kiosk.itemCount(state.pane), state.textLanguage)
    buffer.frame(layout.detail, title: counter)
    // One column of padding inside the frame, and lines no longer than a
    // comfortable reading measure on wide screens.
    let area = Rect(
      x: layout.detail.x + 2, y: layout.detail.y + 1,
      width: min(layout.detail.width - 4, ScreenLayout.readingMeasure),
      height: layout.detail.height - 2)
    let lines = ItemDocument.lines(
      kiosk.content, pane: state.pane, index: selected, language: state.textLanguage,
      width: area.width)
    if lines.count <= area.height {
      buffer.document(lines, in: area)
    } else {
      // Cut where it stops fitting and say how to read the rest.
      buffer.document(Array(lines.prefix(area.height - 1)), in: area)
      let more = "… " + UIString.readMore.text(state.textLanguage)
      buffer.putTruncated(
        more, x: area.x, y: area.maxY - 1, width: area.width, style: Style(.accent))
    }
  }
}

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

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
    let language = state.language
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
    let language = state.language
    let title: String
    switch pane {
    case .timeline: title = Chrome.paneName(pane, language)
    case .work: title = Chrome.paneName(pane, language)
    case .exhibition: title = kiosk.content.exhibition.title.text(language)
    }
    buffer.frame(layout.list, title: title, focused: true)
    let inner = layout.list.inset(by: 1)
    let rows = ListRows.rows(kiosk.content, pane, language)
    let selected = state.selected(in: pane)
    let selectedRow = rows.firstIndex { $0.item == selected } ?? 0
    let offset = ListRows.offset(selectedRow: selectedRow, count: rows.count, visible: inner.height)
    for (line, row) in rows.dropFirst(offset).prefix(inner.height).enumerated() {
      let y = inner.y + line
      let isSelected = row.item == selected
      if isSelected {
        buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .selected)
      }
      let style: Style =
        isSelected ? .selected : row.item == nil ? Style(.accent, bold: true) : .text
      let text = row.lead.isEmpty ? row.text : "\(row.lead)  \(row.text)"
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
      state.pane, selected, of: kiosk.itemCount(state.pane), state.language)
    buffer.frame(layout.detail, title: counter)
    // One column of padding inside the frame, and lines no longer than a
    // comfortable reading measure on wide screens.
    let area = Rect(
      x: layout.detail.x + 2, y: layout.detail.y + 1,
      width: min(layout.detail.width - 4, ScreenLayout.readingMeasure),
      height: layout.detail.height - 2)
    let lines = ItemDocument.lines(
      kiosk.content, pane: state.pane, index: selected, language: state.language,
      width: area.width)
    if lines.count <= area.height {
      buffer.document(lines, in: area)
    } else {
      // Cut where it stops fitting and say how to read the rest.
      buffer.document(Array(lines.prefix(area.height - 1)), in: area)
      let more = "… " + UIString.readMore.text(state.language)
      buffer.putTruncated(
        more, x: area.x, y: area.maxY - 1, width: area.width, style: Style(.accent))
    }
  }
}

/// The rows of a pane's list: items, and on the timeline the era headings
/// that group them.
struct ListRows {
  var item: Int?
  var lead: String
  var text: String

  static func rows(_ content: Content, _ pane: Pane, _ language: Language) -> [ListRows] {
    switch pane {
    case .timeline:
      var rows: [ListRows] = []
      var era: String?
      for (index, event) in content.events.enumerated() {
        if event.era != era, let current = content.era(of: event) {
          era = event.era
          rows.append(ListRows(item: nil, lead: "", text: eraHeading(current, language)))
        }
        rows.append(
          ListRows(item: index, lead: String(event.date.year), text: event.label.text(language)))
      }
      return rows
    case .work:
      return content.areas.enumerated().map {
        ListRows(item: $0, lead: "", text: $1.label.text(language))
      }
    case .exhibition:
      return content.captions.enumerated().map {
        ListRows(item: $0, lead: $1.year.map(String.init) ?? "    ", text: $1.label.text(language))
      }
    }
  }

  /// "PICMME and ICEM 1951–1980", "IOM since 1989".
  static func eraHeading(_ era: Era, _ language: Language) -> String {
    let name = Sanitizer.clean(era.name.text(language))
    if let to = era.to { return "\(name) \(era.from)–\(to)" }
    return language == .german ? "\(name) seit \(era.from)" : "\(name) since \(era.from)"
  }

  /// The first row shown: the list pages so the selection is always visible.
  static func offset(selectedRow: Int, count: Int, visible: Int) -> Int {
    guard visible > 0, count > visible else { return 0 }
    return min((selectedRow / visible) * visible, count - visible)
  }
}

import HistoryContent
import KioskCore
import TextLayout

/// The three panes: a list on the left, the selected item on the right, and
/// for the timeline the time axis below. On a wide screen all three lists
/// stand side by side above the selected item.
enum BrowseView {
  static func draw(_ buffer: inout Buffer, _ kiosk: Kiosk, _ state: AppState) {
    let pane = state.pane
    let selected = state.selected(in: pane)
    let layout = ScreenLayout(size: state.size, pane: pane)
    let language = state.textLanguage
    Chrome.header(&buffer, kiosk, state, .browsing(ItemRef(pane: pane, index: selected)))
    Chrome.tabs(&buffer, kiosk, state)
    for listPane in Pane.allCases {
      guard let rect = layout.list(of: listPane) else { continue }
      drawList(&buffer, kiosk, state, listPane, in: rect, focused: listPane == pane)
    }
    drawDetail(&buffer, kiosk, state, layout)
    if let axis = layout.axis {
      TimeAxisView.draw(
        &buffer, kiosk, selected: state.selected(in: .timeline), in: axis,
        language: language)
    }
  }

  /// One pane's list. The focused one marks its selection in reverse video;
  /// the others (side by side) only in bold, so the focus is never in doubt.
  private static func drawList(
    _ buffer: inout Buffer, _ kiosk: Kiosk, _ state: AppState, _ pane: Pane, in rect: Rect,
    focused: Bool
  ) {
    let language = state.textLanguage
    let title: String
    switch pane {
    case .timeline: title = pane.name(language)
    case .work: title = pane.name(language)
    case .exhibition: title = kiosk.content.exhibition.title.text(language)
    }
    buffer.frame(rect, title: title, focused: focused)
    let inner = rect.inset(by: 1)
    let rows = kiosk.lists.rows(pane)
    let selected = state.selected(in: pane)
    let offset = kiosk.lists.offset(selected: selected, in: pane, visible: inner.height)
    let shown = offset..<min(rows.count, offset + inner.height)
    let texts = kiosk.listTexts(pane, rows: shown, language, width: inner.width)
    for (line, row) in rows[shown].enumerated() {
      let y = inner.y + line
      let isSelected = row.item == selected
      if isSelected && focused {
        buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .selected)
        buffer.focus = Position(x: inner.x + 1, y: y)
      }
      let unfocusedSelection = Style(.highlight, bold: true, underline: true)
      let style: Style =
        isSelected
        ? (focused ? .selected : unfocusedSelection)
        : row.item == nil ? Style(.accent, bold: true) : .text
      buffer.put(texts[line], x: inner.x, y: y, style: style, limit: inner.maxX)
    }
    // The exhibition has few captions: use the room below them for its introduction.
    if pane == .exhibition {
      drawExhibitionIntro(&buffer, kiosk, below: rows.count - offset, in: inner, language)
    }
    let visibleRows = min(rows.count, inner.height)
    buffer.scrollBar(
      x: rect.maxX - 1, top: inner.y, height: inner.height, offset: offset,
      visible: visibleRows, total: rows.count)
  }

  private static func drawExhibitionIntro(
    _ buffer: inout Buffer, _ kiosk: Kiosk, below used: Int, in inner: Rect,
    _ language: Language
  ) {
    let top = inner.y + used + 1
    let area = Rect(x: inner.x + 1, y: top, width: inner.width - 2, height: inner.maxY - top)
    guard area.height >= 3 else { return }
    let lines = kiosk.exhibitionIntro(language, width: area.width)
    buffer.document(Array(lines.prefix(area.height)), in: area)
  }

  private static func drawDetail(
    _ buffer: inout Buffer, _ kiosk: Kiosk, _ state: AppState, _ layout: ScreenLayout
  ) {
    let selected = state.selected(in: state.pane)
    let counter = kiosk.counter(ItemRef(pane: state.pane, index: selected), state.textLanguage)
    buffer.frame(layout.detail, title: counter)
    // One column of padding inside the frame, and lines no longer than a
    // comfortable reading measure; where two such columns fit, the text
    // flows on into a second one, as in a newspaper.
    let inside = Rect(
      x: layout.detail.x + 2, y: layout.detail.y + 1, width: layout.detail.width - 4,
      height: layout.detail.height - 2)
    let measure = ScreenLayout.readingMeasure
    let columns = inside.width >= 2 * measure + 4 ? 2 : 1
    let lines = kiosk.document(
      state.pane, selected, state.textLanguage, width: min(inside.width, measure))
    let room = inside.height * columns
    let shown = lines.count <= room ? lines : Array(lines.prefix(room - 1))
    for column in 0..<columns {
      let x = inside.x + column * (measure + 4)
      let part = Array(shown.dropFirst(column * inside.height).prefix(inside.height))
      buffer.document(
        part, in: Rect(x: x, y: inside.y, width: min(inside.width, measure), height: inside.height))
    }
    if shown.count < lines.count {
      // Cut where it stops fitting and say how to read the rest.
      let more = "… " + UIString.readMore.text(state.textLanguage)
      let x = inside.x + (columns - 1) * (measure + 4)
      buffer.putTruncated(
        more, x: x, y: inside.maxY - 1, width: min(inside.width, measure), style: Style(.accent))
    }
  }
}

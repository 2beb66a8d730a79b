import HistoryContent
import KioskCore
import QRCode
import TerminalKit
import TextLayout

/// The sections: a list on the left, the selected item on the right, and for
/// the section on the time axis the axis below. On a wide screen every
/// section's list stands side by side above the selected item.
enum BrowseView {
  static func draw(_ buffer: inout Buffer, _ view: Renderer, _ state: AppState) {
    let kiosk = view.kiosk
    let section = state.section
    let selected = state.selected(in: section)
    let layout = kiosk.layout(state)
    Chrome.header(&buffer, view, state, .browsing(ItemRef(section: section, index: selected)))
    Chrome.tabs(&buffer, view, state)
    for listSection in kiosk.sections.indices {
      guard let rect = layout.list(of: listSection) else { continue }
      drawList(&buffer, view, state, listSection, in: rect, focused: listSection == section)
    }
    drawDetail(&buffer, view, state, layout)
    if let axis = layout.axis, let axisSection = kiosk.axisSection {
      let event = kiosk.sections[axisSection].event(
        ofItem: state.selected(in: axisSection), kiosk.content)
      TimeAxisView.draw(
        &buffer, view, selected: event, in: axis,
        language: state.textLanguage)
    }
  }

  /// One section's list. The focused one marks its selection in reverse
  /// video; the others (side by side) only in bold, so the focus is never in
  /// doubt.
  private static func drawList(
    _ buffer: inout Buffer, _ view: Renderer, _ state: AppState, _ section: Int, in rect: Rect,
    focused: Bool
  ) {
    let kiosk = view.kiosk
    let language = state.textLanguage
    let title = kiosk.sections[section].listTitle(kiosk.content, language)
    buffer.frame(rect, title: title, focused: focused)
    let inner = rect.inset(by: 1)
    let rows = kiosk.lists.rows(section)
    let selected = state.selected(in: section)
    let offset = kiosk.lists.offset(selected: selected, in: section, visible: inner.height)
    let shown = offset..<min(rows.count, offset + inner.height)
    let texts = view.listTexts(section, rows: shown, language, width: inner.width)
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
    drawBelowList(&buffer, view, section, below: rows.count - offset, in: inner, language)
    let visibleRows = min(rows.count, inner.height)
    buffer.scrollBar(
      x: rect.maxX - 1, top: inner.y, height: inner.height, offset: offset,
      visible: visibleRows, total: rows.count)
  }

  /// A short list leaves room below it: the section may fill it (the
  /// exhibition with its introduction).
  private static func drawBelowList(
    _ buffer: inout Buffer, _ view: Renderer, _ section: Int, below used: Int, in inner: Rect,
    _ language: Language
  ) {
    let top = inner.y + used + 1
    let area = Rect(x: inner.x + 1, y: top, width: inner.width - 2, height: inner.maxY - top)
    guard area.height >= 3 else { return }
    let lines = view.belowList(section, language, width: area.width)
    buffer.document(Array(lines.prefix(area.height)), in: area)
  }

  private static func drawDetail(
    _ buffer: inout Buffer, _ view: Renderer, _ state: AppState, _ layout: ScreenLayout
  ) {
    let item = ItemRef(section: state.section, index: state.selected(in: state.section))
    let counter = view.counter(item, state.textLanguage)
    buffer.frame(layout.detail, title: counter)
    // One column of padding inside the frame, and lines no longer than a
    // comfortable reading measure; where two such columns fit, the text
    // flows on into a second one, as in a newspaper.
    var inside = Rect(
      x: layout.detail.x + 2, y: layout.detail.y + 1, width: layout.detail.width - 4,
      height: layout.detail.height - 2)
    // From 120x40 an item's web address stands beside its text as a QR
    // code, to scan without a key; the text takes the rest of the width.
    if state.size.width >= 120, state.size.height >= 40, !state.asciiOnly,
      let address = view.kiosk.webAddress(state), let code = view.code(address)
    {
      let size = QRCodeView.size(code, asciiOnly: false)
      if inside.width - size.width - 2 >= 28, inside.height >= size.height + 2 {
        let x = inside.maxX - size.width
        QRCodeView.draw(&buffer, code, x: x, y: inside.y, asciiOnly: false)
        buffer.putTruncated(
          UIString.scanWithPhone.text(state.textLanguage), x: x + QRCode.quietZone,
          y: inside.y + size.height, width: size.width - QRCode.quietZone,
          style: Style(.accent, bold: true))
        inside.width -= size.width + 2
      }
    }
    let measure = ScreenLayout.readingMeasure
    let columns = inside.width >= 2 * measure + 4 ? 2 : 1
    let lines = view.document(item, state.textLanguage, width: min(inside.width, measure))
    let room = inside.height * columns
    let shown = lines.count <= room ? lines : Array(lines.prefix(room - 1))
    for column in 0..<columns {
      let x = inside.x + column * (measure + 4)
      let part = Array(shown.dropFirst(column * inside.height).prefix(inside.height))
      buffer.document(
        part, in: Rect(x: x, y: inside.y, width: min(inside.width, measure), height: inside.height))
    }
    if let photo = view.kiosk.photo(item), lines.count <= inside.height {
      // The photo takes the room the text leaves: below it, or beside it
      // where the text would have flowed into a second column.
      let width = min(inside.width, measure)
      let area =
        columns == 2
        ? Rect(
          x: inside.x + measure + 4, y: inside.y, width: min(inside.width - measure - 4, measure),
          height: inside.height)
        : Rect(
          x: inside.x, y: inside.y + lines.count + 1, width: width,
          height: inside.height - lines.count - 1)
      PhotoView.draw(&buffer, view, photo, in: area, state.textLanguage)
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

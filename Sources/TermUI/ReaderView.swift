import KioskCore
import TerminalKit

/// The full-screen reading view: one item's whole text in a centred column,
/// a scroll bar, and how far down the visitor has read.
enum ReaderView {
  /// `marking`: the folded words of a search, whose matches stand out.
  static func draw(
    _ buffer: inout Buffer, _ view: Renderer, _ state: AppState, _ reading: Reading,
    marking words: [[UInt8]] = []
  ) {
    let language = state.textLanguage
    let layout = view.kiosk.layout(state)
    let item = ItemRef(section: reading.section, index: reading.index)
    Chrome.header(&buffer, view, state, .reading(item))

    if let area = layout.readerPhoto,
      let photo = view.kiosk.photo(item)
    {
      PhotoView.draw(&buffer, view, photo, in: area, language)
    }
    let lines = view.readerLines(reading, state)
    let text = layout.readerText
    buffer.document(lines, in: text, offset: reading.scroll)
    if !words.isEmpty {
      for (row, line) in lines.dropFirst(reading.scroll).prefix(text.height).enumerated() {
        Highlight.mark(&buffer, line.text, x: text.x, y: text.y + row, limit: text.maxX, words)
      }
    }
    buffer.focus = Position(x: text.x, y: text.y)

    let total = lines.count
    let visible = min(total, text.height)
    let barX = min(text.maxX + 2, state.size.width - 1)
    buffer.scrollBar(
      x: barX, top: text.y, height: text.height, offset: reading.scroll, visible: visible,
      total: total)

    // Where the visitor is in the text, as a percentage of the way down.
    let maxScroll = max(0, total - text.height)
    let percent = maxScroll == 0 ? 100 : reading.scroll * 100 / maxScroll
    let position = "\(view.counter(item, language))  \(percent)%"
    buffer.put(position, x: text.maxX - position.count, y: state.size.height - 2, style: .muted)
  }
}

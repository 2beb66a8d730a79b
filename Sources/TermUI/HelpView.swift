import HistoryContent
import KioskCore
import TerminalKit
import TextLayout

/// The help overlay: every key, straight from the keymap. What keys do only
/// in the lists and only while reading stand in two columns; the keys that
/// work in both follow once, under "Everywhere", flowing over two columns.
enum HelpView {
  typealias Entry = (label: String, text: String)

  static func draw(_ buffer: inout Buffer, _ view: Renderer, _ state: AppState) {
    let language = state.textLanguage
    let size = state.size
    // Covers everything but the title bar and the footer.
    let rect = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
    buffer.fill(rect)
    // How to close it stands in the title, so that the last line can say
    // what the sources' tags mean.
    let title = "\(UIString.helpTitle.text(language)) · \(UIString.helpClose.text(language))"
    buffer.frame(rect, title: title, focused: true)
    buffer.focus = Position(x: rect.x + 2, y: rect.y + 1)
    let groups = groups(view.kiosk, language)
    let columnWidth = (rect.width - 6) / 2
    let left = rect.x + 2
    let right = rect.x + 4 + columnWidth
    let bottom = rect.maxY - 2
    var y = rect.y + 1
    buffer.putTruncated(
      UIString.helpInLists.text(language), x: left, y: y, width: columnWidth, style: .accent)
    buffer.putTruncated(
      UIString.helpWhileReading.text(language), x: right, y: y, width: columnWidth,
      style: .accent)
    y += 1
    let leftEnd = put(groups.lists, x: left, y: y, columnWidth, bottom, &buffer)
    let rightEnd = put(groups.reading, x: right, y: y, columnWidth, bottom, &buffer)
    y = max(leftEnd, rightEnd)
    guard y + 1 < bottom, !groups.everywhere.isEmpty else { return close(&buffer, rect, language) }
    buffer.putTruncated(
      UIString.helpEverywhere.text(language), x: left, y: y, width: columnWidth, style: .accent)
    y += 1
    let half = (groups.everywhere.count + 1) / 2
    put(Array(groups.everywhere.prefix(half)), x: left, y: y, columnWidth, bottom, &buffer)
    put(Array(groups.everywhere.dropFirst(half)), x: right, y: y, columnWidth, bottom, &buffer)
    close(&buffer, rect, language)
  }

  /// Draws `entries` from row `y` down, wrapping their texts; the row after.
  @discardableResult
  private static func put(
    _ entries: [Entry], x: Int, y: Int, _ width: Int, _ bottom: Int, _ buffer: inout Buffer
  ) -> Int {
    // As wide as the longest key names ("Bild↓ Leertaste"), within reason.
    let labelWidth = min(15, entries.map { DisplayWidth.of($0.label) }.max() ?? 0)
    var y = y
    for entry in entries where y < bottom {
      buffer.putTruncated(
        entry.label, x: x, y: y, width: labelWidth, style: Style(.accent, bold: true))
      for line in Wrap.lines(entry.text, width: width - labelWidth - 1) where y < bottom {
        buffer.put(line, x: x + labelWidth + 1, y: y, style: .text)
        y += 1
      }
    }
    return y
  }

  /// The last line: what the sources' tags mean (how to close the help
  /// stands in the frame's title).
  private static func close(_ buffer: inout Buffer, _ rect: Rect, _ language: Language) {
    buffer.putTruncated(
      sourceLegend(language), x: rect.x + 2, y: rect.maxY - 2, width: rect.width - 4,
      style: .muted)
  }

  /// "Sources: C confirmed outside IOM · …": the tags every source list shows.
  static func sourceLegend(_ language: Language) -> String {
    "\(UIString.sources.text(language)): \(UIString.sourceLegend.text(language))"
  }

  /// The keys of the lists only, of reading only, and of both.
  static func groups(_ kiosk: Kiosk, _ language: Language) -> (
    lists: [Entry], reading: [Entry], everywhere: [Entry]
  ) {
    let lists = entries(kiosk, .browsing, language)
    let reading = entries(kiosk, .reading, language)
    func same(_ a: Entry, _ b: Entry) -> Bool { a.label == b.label && a.text == b.text }
    let everywhere = lists.filter { entry in reading.contains { same($0, entry) } }
    return (
      lists.filter { entry in !everywhere.contains { same($0, entry) } },
      reading.filter { entry in !everywhere.contains { same($0, entry) } }, everywhere
    )
  }

  /// One line per distinct key and meaning.
  static func entries(_ kiosk: Kiosk, _ mode: Mode, _ language: Language) -> [(
    label: String, text: String
  )] {
    var seen = Set<String>()
    let bindings = kiosk.keymap.help(for: mode, lockedDown: kiosk.settings.isLockedDown)
    return bindings.compactMap { binding in
      let text = binding.help.text(language)
      let label = binding.label(language)
      return seen.insert(label + text).inserted ? (label, text) : nil
    }
  }
}

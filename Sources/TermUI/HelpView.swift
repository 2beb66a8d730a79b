import HistoryContent
import KioskCore
import TextLayout

/// The help overlay: every key, straight from the keymap, in two columns:
/// what keys do while browsing and while reading.
enum HelpView {
  static func draw(_ buffer: inout Buffer, _ view: Renderer, _ state: AppState) {
    let language = state.textLanguage
    let size = state.size
    // Covers everything but the title bar and the footer.
    let rect = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
    buffer.fill(rect)
    buffer.frame(rect, title: UIString.helpTitle.text(language), focused: true)
    buffer.focus = Position(x: rect.x + 2, y: rect.y + 1)
    let columnWidth = (rect.width - 6) / 2
    let columns: [(Mode, UIString, Int)] = [
      (.browsing, .helpInLists, rect.x + 2),
      (.reading, .helpWhileReading, rect.x + 4 + columnWidth),
    ]
    for (mode, title, x) in columns {
      var y = rect.y + 1
      buffer.putTruncated(title.text(language), x: x, y: y, width: columnWidth, style: .accent)
      y += 1
      let entries = entries(view.kiosk, mode, language)
      // As wide as the longest key names ("Bild↓ Leertaste"), within reason.
      let labelWidth = min(15, entries.map { DisplayWidth.of($0.label) }.max() ?? 0)
      for entry in entries where y < rect.maxY - 2 {
        buffer.putTruncated(
          entry.label, x: x, y: y, width: labelWidth, style: Style(.accent, bold: true))
        let lines = Wrap.lines(entry.text, width: columnWidth - labelWidth - 1)
        for line in lines where y < rect.maxY - 2 {
          buffer.put(line, x: x + labelWidth + 1, y: y, style: .text)
          y += 1
        }
      }
    }
    let close = UIString.helpClose.text(language)
    buffer.putTruncated(
      close, x: rect.x + 2, y: rect.maxY - 2, width: rect.width - 4, style: .muted)
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

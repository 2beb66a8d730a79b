import HistoryContent
import KioskCore
import TextLayout

/// The parts around every screen: title bar, section tabs, key hints.
enum Chrome {
  /// The title bar: the app's name on the left, where the visitor is on the right.
  static func header(_ buffer: inout Buffer, _ state: AppState, location: String) {
    let width = state.size.width
    let bar = Style(.accent, bold: true, reverse: true)
    buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: bar)
    let title = " " + UIString.appTitle.text(state.textLanguage) + " "
    let titleWidth = buffer.put(title, x: 0, y: 0, style: bar)
    let room = width - titleWidth - 2
    guard room > 8 else { return }
    let place = Wrap.truncate(Sanitizer.clean(location), width: room)
    buffer.put(place, x: width - DisplayWidth.of(place) - 1, y: 0, style: bar)
  }

  /// "1 Timeline  2 Work areas  3 Photo exhibition", the current one marked.
  static func tabs(_ buffer: inout Buffer, _ kiosk: Kiosk, _ state: AppState) {
    for tab in kiosk.tabs(state.textLanguage) {
      buffer.put(tab.label, x: tab.x, y: 1, style: tab.pane == state.pane ? .selected : .muted)
    }
  }

  /// The keys that work right now, straight from the keymap.
  static func footer(_ buffer: inout Buffer, _ kiosk: Kiosk, _ state: AppState) {
    let y = state.size.height - 1
    buffer.fill(Rect(x: 0, y: y, width: state.size.width, height: 1))
    for hint in kiosk.hints(state) {
      let used = buffer.put(hint.label, x: hint.x, y: y, style: Style(.accent, bold: true))
      buffer.put(hint.text, x: hint.x + used + 1, y: y, style: .text)
    }
  }

  /// "Event 3 of 21": where the selected item stands in its list.
  static func counter(_ pane: Pane, _ index: Int, of count: Int, _ language: Language) -> String {
    let format: UIString
    switch pane {
    case .timeline: format = .counterEvent
    case .work: format = .counterArea
    case .exhibition: format = .counterPhoto
    }
    return format.text(language, index + 1, count)
  }

  /// What the header says the visitor is looking at.
  static func location(_ kiosk: Kiosk, _ pane: Pane, _ index: Int, _ language: Language) -> String {
    let name = pane.name(language)
    let content = kiosk.content
    switch pane {
    case .timeline where content.events.indices.contains(index):
      let event = content.events[index]
      return "\(name) › \(event.date.year) \(event.label.text(language))"
    case .work where content.areas.indices.contains(index):
      return "\(name) › \(content.areas[index].label.text(language))"
    case .exhibition where content.captions.indices.contains(index):
      return "\(name) › \(content.captions[index].label.text(language))"
    default:
      return name
    }
  }
}

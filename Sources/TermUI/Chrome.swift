import HistoryContent
import KioskCore
import TerminalKit
import TextLayout

/// The parts around every screen: title bar, section tabs, key hints.
enum Chrome {
  /// The title bar: the app's name on the left, where the visitor is on the right.
  static func header(
    _ buffer: inout Buffer, _ view: Renderer, _ state: AppState, _ subject: HeaderSubject
  ) {
    let width = state.size.width
    let bar = Style(.accent, bold: true, reverse: true)
    let language = state.textLanguage
    buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: bar)
    let title = " " + UIString.appTitle.text(language) + " "
    let titleWidth = buffer.put(title, x: 0, y: 0, style: bar)
    let room = width - titleWidth - 2
    guard room > 8 else { return }
    let place = view.headerPlace(subject, language, room: room)
    buffer.put(place.text, x: width - place.width - 1, y: 0, style: bar)
  }

  /// "1 Timeline  2 Work areas  3 Photo exhibition": every section, the current one marked.
  static func tabs(_ buffer: inout Buffer, _ view: Renderer, _ state: AppState) {
    for tab in view.tabs(state.textLanguage) {
      buffer.put(
        tab.label, x: tab.x, y: 1, style: tab.section == state.section ? .selected : .muted)
    }
  }

  /// The keys that work right now, straight from the keymap.
  static func footer(_ buffer: inout Buffer, _ view: Renderer, _ state: AppState) {
    let y = state.size.height - 1
    buffer.fill(Rect(x: 0, y: y, width: state.size.width, height: 1))
    for hint in view.hints(state) {
      let used = buffer.put(hint.label, x: hint.x, y: y, style: Style(.accent, bold: true))
      buffer.put(hint.text, x: hint.x + used + 1, y: y, style: .text)
    }
  }
}

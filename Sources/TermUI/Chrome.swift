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
    let title = " " + UIString.appTitle.text(state.language) + " "
    let titleWidth = buffer.put(title, x: 0, y: 0, style: bar)
    let room = width - titleWidth - 2
    guard room > 8 else { return }
    let place = Wrap.truncate(Sanitizer.clean(location), width: room)
    buffer.put(place, x: width - DisplayWidth.of(place) - 1, y: 0, style: bar)
  }

  /// "1 Timeline  2 Work areas  3 Photo exhibition", the current one marked.
  static func tabs(_ buffer: inout Buffer, _ state: AppState) {
    var x = 1
    for pane in Pane.allCases {
      let label = " \(pane.rawValue + 1) \(paneName(pane, state.language)) "
      let current = pane == state.pane
      x += buffer.put(label, x: x, y: 1, style: current ? .selected : .muted) + 1
    }
  }

  /// The keys that work right now, straight from the keymap.
  static func footer(_ buffer: inout Buffer, _ keymap: Keymap, _ state: AppState) {
    let y = state.size.height - 1
    buffer.fill(Rect(x: 0, y: y, width: state.size.width, height: 1))
    var x = 1
    for binding in keymap.footer(for: state.mode) {
      guard let description = binding.hint?.text(state.language) else { continue }
      let needed = DisplayWidth.of(binding.label) + 1 + DisplayWidth.of(description)
      if x + needed > state.size.width - 1 { break }
      x += buffer.put(binding.label, x: x, y: y, style: Style(.accent, bold: true)) + 1
      x += buffer.put(description, x: x, y: y, style: .text) + 2
    }
  }

  static func paneName(_ pane: Pane, _ language: Language) -> String {
    switch pane {
    case .timeline: UIString.paneTimeline.text(language)
    case .work: UIString.paneWork.text(language)
    case .exhibition: UIString.paneExhibition.text(language)
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
    var text = format.text(language)
    for number in [index + 1, count] {
      if let range = text.range(of: "%d") { text.replaceSubrange(range, with: String(number)) }
    }
    return text
  }

  /// What the header says the visitor is looking at.
  static func location(_ kiosk: Kiosk, _ pane: Pane, _ index: Int, _ language: Language) -> String {
    let name = paneName(pane, language)
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

import HistoryContent
import KioskCore
import TerminalKit
import TextLayout

/// The presenter's tour: the usual screens, with a narration line over them
/// that says which stop this is and what it shows.
enum TourView {
  static func narrate(_ buffer: inout Buffer, _ view: Renderer, _ state: AppState, _ tour: Tour) {
    let kiosk = view.kiosk
    let language = state.textLanguage
    let stops = kiosk.tourStops
    guard stops.indices.contains(tour.stop) else { return }
    var counter = UIString.tourStop.text(language, tour.stop + 1, stops.count)
    if tour.isPaused { counter += " (\(UIString.tourPaused.text(language)))" }
    let line =
      "\(tour.isPaused ? "‖" : "▶") \(counter) · \(narration(kiosk, stops[tour.stop], language))"
    let row = Rect(x: 0, y: 1, width: state.size.width, height: 1)
    buffer.fill(row)
    buffer.focus = Position(x: 1, y: 1)
    buffer.putTruncated(
      " " + Sanitizer.clean(line), x: 0, y: 1, width: state.size.width,
      style: Style(.highlight, bold: true))
  }

  /// One short line per stop, from its section.
  static func narration(_ kiosk: Kiosk, _ stop: ItemRef, _ language: Language) -> String {
    kiosk.sections[stop.section].narration(stop.index, kiosk.content, language)
  }
}

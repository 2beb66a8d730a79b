import HistoryContent
import KioskCore
import TextLayout

/// The presenter's tour: the usual screens, with a narration line over them
/// that says which stop this is and what it shows.
enum TourView {
  static func narrate(_ buffer: inout Buffer, _ kiosk: Kiosk, _ state: AppState, _ tour: Tour) {
    let language = state.textLanguage
    let stops = kiosk.tourStops
    guard stops.indices.contains(tour.stop) else { return }
    var counter = UIString.tourStop.text(language, tour.stop + 1, stops.count)
    if tour.isPaused { counter += " (\(UIString.tourPaused.text(language)))" }
    let line =
      "\(tour.isPaused ? "‖" : "▶") \(counter) · \(narration(kiosk.content, stops[tour.stop], language))"
    let row = Rect(x: 0, y: 1, width: state.size.width, height: 1)
    buffer.fill(row)
    buffer.focus = Position(x: 1, y: 1)
    buffer.putTruncated(
      " " + Sanitizer.clean(line), x: 0, y: 1, width: state.size.width,
      style: Style(.highlight, bold: true))
  }

  /// One short line per stop, from the content itself.
  static func narration(_ content: Content, _ stop: ItemRef, _ language: Language) -> String {
    switch stop.pane {
    case .timeline:
      let event = content.events[stop.index]
      return
        "\(Formatting.span(event.date, until: event.until, language)): \(event.title.text(language))"
    case .work:
      let area = content.areas[stop.index]
      guard let figure = area.figures.first else { return area.title.text(language) }
      return
        "\(area.title.text(language)): \(Formatting.figure(figure, language)) \(figure.counts.text(language))"
    case .exhibition:
      let caption = content.captions[stop.index]
      return "\(content.exhibition.title.text(language)): \(caption.title.text(language))"
    }
  }
}

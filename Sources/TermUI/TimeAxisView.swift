import HistoryContent
import KioskCore
import TerminalKit
import TextLayout

/// The drawn time axis: decade ticks with their years, a marker for every
/// event, the selected one highlighted with its date beneath, and the eras as
/// bands along the bottom, so a visitor sees where a moment sits in the story.
enum TimeAxisView {
  /// With `found` (while searching), for each column of the axis whether
  /// something the search found stands there: marked below the track with
  /// its own glyph (▲, or ^ in ASCII), so that it reads without colour.
  static func draw(
    _ buffer: inout Buffer, _ view: Renderer, selected: Int?, in rect: Rect, language: Language,
    found: [Bool]? = nil
  ) {
    let content = view.kiosk.content
    let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    guard let scale = TimeScale(content, width: inner.width, x: inner.x) else { return }
    let (start, end) = (scale.start, scale.end)
    let texts = view.axisTexts(language, width: inner.width)
    let legend = found == nil ? "" : " · " + UIString.axisFound.text(language)
    buffer.frame(rect, title: texts.title + legend)
    guard inner.width >= 10, inner.height >= 3 else { return }

    // Row 0: the years of the ticks; row 1: the track.
    buffer.putRepeated(.horizontal, count: inner.width, x: inner.x, y: inner.y + 1, style: .muted)
    var labelEnd = inner.x - 1
    for year in stride(from: (start / 10 + 1) * 10, through: end, by: 10) {
      let x = scale.column(Double(year))
      buffer.putRepeated(.cross, count: 1, x: x, y: inner.y + 1, style: .muted)
      let label = String(year)
      let labelX = min(x - 1, inner.maxX - label.count)
      if labelX > labelEnd {
        labelEnd = labelX + buffer.put(label, x: labelX, y: inner.y, style: .muted)
      }
    }
    buffer.put(String(start), x: inner.x, y: inner.y, style: .muted)
    // One marker per column, however many events share it.
    for (offset, isMarked) in view.eventColumns(onAxisOfWidth: inner.width).enumerated()
    where isMarked {
      buffer.putRepeated(
        .event, count: 1, x: inner.x + offset, y: inner.y + 1, style: Style(.accent))
    }

    for (offset, isFound) in (found ?? []).enumerated() where isFound {
      buffer.putRepeated(
        .found, count: 1, x: inner.x + offset, y: inner.y + 2, style: Style(.highlight, bold: true))
    }

    // The selected event: a distinct marker, a pointer and its date.
    if let selected, content.events.indices.contains(selected) {
      let event = content.events[selected]
      let x = scale.column(event.date.fractionalYear)
      buffer.putRepeated(
        .selectedEvent, count: 1, x: x, y: inner.y + 1, style: Style(.highlight, bold: true))
      let date = view.eventDate(selected, language)
      let label = "▲ " + date
      let width = DisplayWidth.of(label)
      if x + width <= inner.maxX {
        buffer.put(label, x: x, y: inner.y + 2, style: Style(.highlight, bold: true))
      } else {
        // Near the right end the date goes to the left of the pointer.
        buffer.put(
          date + " ▲", x: x - width + 1, y: inner.y + 2, style: Style(.highlight, bold: true))
      }
    }

    if inner.height >= 4 { drawEras(&buffer, content, scale, texts.eraNames, y: inner.y + 3) }
  }

  /// Each era as a band "├ PICMME and ICEM ──┤" from its first to last year.
  private static func drawEras(
    _ buffer: inout Buffer, _ content: Content, _ scale: TimeScale, _ names: [String?], y: Int
  ) {
    for (era, name) in zip(content.eras, names) {
      let band = scale.band(of: era)
      guard band.count >= 3 else { continue }
      // Drawn in parts, not as one string: rules and corners as glyphs, the
      // name over the rule.
      let limit = band.upperBound + 1
      buffer.putRepeated(
        .bandStart, count: 1, x: band.lowerBound, y: y, style: .muted, limit: limit)
      buffer.putRepeated(
        .horizontal, count: band.count - 2, x: band.lowerBound + 1, y: y, style: .muted,
        limit: limit)
      buffer.putRepeated(.bandEnd, count: 1, x: band.upperBound, y: y, style: .muted, limit: limit)
      if let name {
        buffer.put(name, x: band.lowerBound + 1, y: y, style: .muted, limit: limit)
      }
    }
  }
}

import HistoryContent
import KioskCore
import TerminalKit
import TextLayout

/// The search over the screen: its results in a frame, two rows each (where
/// the item is, then a short excerpt with the matches marked), the time
/// axis with what was found marked on it, and the search line above the
/// footer.
enum SearchView {
  static func draw(
    _ buffer: inout Buffer, _ view: Renderer, _ state: AppState, _ search: SearchSession
  ) {
    let kiosk = view.kiosk
    let language = state.textLanguage
    let results = view.results(search)
    let layout = kiosk.layout(state)
    let box = layout.searchResults
    buffer.fill(box)
    var title = UIString.searchTitle.text(language)
    if !search.query.isEmpty { title += " · " + UIString.searchCount.text(language, results.count) }
    buffer.frame(box, title: title, focused: !search.isOnLine)
    let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)

    if search.query.isEmpty {
      message(&buffer, [UIString.searchPrompt.text(language)], in: inner)
    } else if results.isEmpty {
      let nothing = UIString.searchNothing.text(language, Sanitizer.clean(search.text))
      message(&buffer, [nothing, "", UIString.searchTry.text(language)], in: inner)
    } else {
      let visible = max(1, inner.height / 2)
      let first = (search.cursor / visible) * visible
      for (row, number) in (first..<min(results.count, first + visible)).enumerated() {
        let y = inner.y + row * 2
        drawResult(
          &buffer, kiosk, results[number].item, search, at: y, in: inner, language,
          selected: number == search.cursor)
      }
      buffer.scrollBar(
        x: box.maxX - 1, top: inner.y, height: inner.height, offset: first * 2,
        visible: min(inner.height, results.count * 2), total: results.count * 2)
    }
    // Below the results, the time axis marks when what was found happened.
    if let axis = layout.searchAxis {
      let found = view.foundColumns(search, onAxisOfWidth: axis.width - 4)
      buffer.fill(axis)
      TimeAxisView.draw(
        &buffer, view, selected: nil, in: axis, language: language, found: found)
    }
    line(&buffer, state, search)
  }

  /// "Timeline · 1989 IOM: a new name", then the excerpt.
  private static func drawResult(
    _ buffer: inout Buffer, _ kiosk: Kiosk, _ item: ItemRef, _ search: SearchSession, at y: Int,
    in inner: Rect, _ language: Language, selected: Bool
  ) {
    let section = kiosk.sections[item.section]
    let heading =
      "\(section.name(language)) · \(section.place(item.index, kiosk.content, language))"
    let style: Style =
      selected
      ? (search.isOnLine ? Style(.highlight, bold: true, underline: true) : .selected)
      : Style(.accent, bold: true)
    if selected && !search.isOnLine {
      buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .selected)
      buffer.focus = Position(x: inner.x, y: y)
    }
    buffer.putTruncated(
      " " + language.shown(Sanitizer.clean(heading)), x: inner.x, y: y, width: inner.width,
      style: style)
    let fields = section.searchFields(item.index, kiosk.content, language)
    let text = language.shown(excerpt(fields, search.query.words, width: inner.width - 3))
    buffer.put(text, x: inner.x + 3, y: y + 1, style: .muted, limit: inner.maxX)
    Highlight.mark(&buffer, text, x: inner.x + 3, y: y + 1, limit: inner.maxX, search.query.words)
  }

  /// A line of the item's text around the first match, `width` columns at
  /// most: the text first, where a match says most, then titles and sources.
  static func excerpt(_ fields: SearchFields, _ words: [[UInt8]], width: Int) -> String {
    let texts = fields.text + fields.titles + fields.sources
    // The first match is found by folding a scalar at a time, and only the
    // part shown is cleaned and measured: doing all of it a character at a
    // time to every text of every result shown cost most of a frame.
    var text = Substring(texts.first ?? "")
    var ellipsis = ""
    for found in texts {
      guard let match = FoldedText.firstMatch(of: words, in: found) else { continue }
      // Some words before the match, starting at a word (after a space or
      // a line break: the text's paragraphs are joined into one line).
      var start = match
      for _ in 0..<(width / 4) where start > found.startIndex { found.formIndex(before: &start) }
      while start > found.startIndex, start < match,
        !found[found.index(before: start)].isWhitespace
      {
        found.formIndex(after: &start)
      }
      text = found[start...]
      ellipsis = start > found.startIndex ? "…" : ""
      break
    }
    // Enough characters to fill the width, and one more to tell it was cut.
    let end = text.index(text.startIndex, offsetBy: 2 * width + 1, limitedBy: text.endIndex)
    let part = String(text[..<(end ?? text.endIndex)])
    let shown = Sanitizer.clean(part, keepNewlines: true).split(whereSeparator: \.isNewline)
      .joined(separator: " ")
    return Wrap.truncate(ellipsis + shown, width: width)
  }

  private static func message(_ buffer: inout Buffer, _ lines: [String], in inner: Rect) {
    var y = inner.y + 1
    for line in lines {
      for wrapped in Wrap.lines(line, width: inner.width) where y < inner.maxY {
        buffer.put(wrapped, x: inner.x, y: y, style: .text)
        y += 1
      }
    }
  }

  /// "/ flüchtlinge▌" on the row above the footer.
  private static func line(_ buffer: inout Buffer, _ state: AppState, _ search: SearchSession) {
    let y = state.size.height - 2
    let row = Rect(x: 0, y: y, width: state.size.width, height: 1)
    buffer.fill(row, style: .text)
    let prompt = " / "
    var x = buffer.put(prompt, x: 0, y: y, style: Style(.accent, bold: true))
    let shown = state.textLanguage.shown(Sanitizer.clean(search.text))
    let text = Wrap.truncate(shown, width: state.size.width - x - 2)
    x += buffer.put(text, x: x, y: y, style: Style(.text, bold: true))
    if search.isOnLine {
      buffer.put(" ", x: x, y: y, style: Style(.text, reverse: true))
      buffer.focus = Position(x: x, y: y)
    }
  }
}

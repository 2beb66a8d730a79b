import HistoryContent
import TextLayout

/// What the keys do in the search: typing, moving through the results,
/// opening one, jumping between its matches, and leaving.
extension Kiosk {
  func applySearch(_ command: Command, to state: inout AppState) {
    var search = state.search ?? SearchSession()
    switch command {
    case .search:
      search.isOnLine = true
      search.opened = nil
    case .toResults:
      search.isOnLine = results(search).isEmpty
    case .type(let character):
      guard Self.isText(character), search.text.count < SearchSession.maxLength else { return }
      search.text.append(character)
      search.cursor = 0
    case .deleteBackward:
      guard !search.text.isEmpty else { return }
      search.text.removeLast()
      search.cursor = 0
    case .nextMatch, .previousMatch:
      guard var opened = search.opened else { return }
      // A match is shown a line below the top, with a line of context.
      let shown = opened.scroll + 1
      let lines = matchLines(opened, search.query, state)
      let target =
        command == .nextMatch ? lines.first { $0 > shown } : lines.last { $0 < shown }
      guard let target else { return }
      opened.scroll = clamp(target - 1, 0, maxScroll(opened, state))
      search.opened = opened
    default:
      return
    }
    state.overlay = .search(search)
  }

  /// Moves the selected result to `target(current, last)`, within the results.
  func moveCursor(_ state: inout AppState, to target: (_ current: Int, _ last: Int) -> Int) {
    guard var search = state.search else { return }
    let last = results(search).count - 1
    guard last >= 0 else { return }
    search.cursor = clamp(target(search.cursor, last), 0, last)
    state.overlay = .search(search)
  }

  /// Opens the selected result for reading, at its first match.
  func openResult(_ state: inout AppState) {
    guard var search = state.search, search.opened == nil else { return }
    let found = results(search)
    guard found.indices.contains(search.cursor) else { return }
    let item = found[search.cursor].item
    var opened = Reading(section: item.section, index: item.index)
    if let first = matchLines(opened, search.query, state).first {
      // A line of context above the match.
      opened.scroll = clamp(first - 1, 0, maxScroll(opened, state))
    }
    search.opened = opened
    search.isOnLine = false
    state.overlay = .search(search)
  }

  /// Esc: from a result back to the results, from the results or the line
  /// back to where the visitor was before searching.
  func leaveSearchStep(_ state: inout AppState) {
    guard var search = state.search else { return }
    if search.opened != nil {
      search.opened = nil
      state.overlay = .search(search)
    } else {
      state.overlay = nil
    }
  }

  /// The lines of `reading`'s text that hold a match of `query`.
  public func matchLines(_ reading: Reading, _ query: SearchQuery, _ state: AppState) -> [Int] {
    guard !query.words.isEmpty else { return [] }
    return readerLines(reading, state).enumerated().compactMap { number, line in
      let folded = FoldedText(line.text)
      return query.words.contains { folded.contains($0) } ? number : nil
    }
  }

  /// A character a visitor can type: no control character, no invisible
  /// format character (bidi overrides), nothing a terminal would obey, and
  /// no combining mark on its own, which would join the character before
  /// it, outside the text (the search line's blank).
  static func isText(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first,
      ![.nonspacingMark, .spacingMark, .enclosingMark].contains(first.properties.generalCategory),
      DisplayWidth.of(character) > 0
    else { return false }
    return character.unicodeScalars.allSatisfy { scalar in
      switch scalar.properties.generalCategory {
      case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
        .paragraphSeparator:
        return false
      default:
        return true
      }
    }
  }
}

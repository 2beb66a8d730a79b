import HistoryContent
import TerminalKit

/// Clicks, taps and the wheel. Touch screens send these too, so everything a
/// key does in the lists can also be done with a finger: tabs, items, the
/// time axis and the footer's key hints are all targets.
extension Kiosk {
  func handle(_ event: MouseEvent, _ state: inout AppState, at now: Double) {
    let mode = state.mode
    switch event.kind {
    case .wheelUp where mode == .browsing || mode == .reading:
      apply(.previous, to: &state, at: now)
    case .wheelDown where mode == .browsing || mode == .reading:
      apply(.next, to: &state, at: now)
    case .click, .doubleClick:
      if event.row == state.size.height - 1 {
        clickFooter(at: event.column, &state, at: now)
      } else if mode == .help || mode == .code {
        state.overlay = nil
      } else if mode == .browsing {
        clickBrowsing(event, &state, at: now)
      }
    default:
      break
    }
  }

  /// A key hint in the footer does what its keys do.
  private func clickFooter(at column: Int, _ state: inout AppState, at now: Double) {
    let hit = ChromeLayout.hints(self, state).first { column >= $0.x && column < $0.x + $0.width }
    if let command = hit?.binding.command { apply(command, to: &state, at: now) }
  }

  private func clickBrowsing(_ event: MouseEvent, _ state: inout AppState, at now: Double) {
    let layout = layout(state)
    if event.row == layout.tabs.y {
      let tab = ChromeLayout.tabs(self, state.textLanguage).first {
        event.column >= $0.x && event.column < $0.x + $0.width
      }
      if let tab { apply(.showSection(tab.section), to: &state, at: now) }
    } else if let section = sections.indices.first(where: {
      layout.list(of: $0)?.inset(by: 1).contains(column: event.column, row: event.row) ?? false
    }), let list = layout.list(of: section) {
      // Side by side, a click in another section's list also shows that section.
      if section != state.section { apply(.showSection(section), to: &state, at: now) }
      clickList(row: event.row - list.y - 1, double: event.kind == .doubleClick, &state, at: now)
    } else if layout.detail.contains(column: event.column, row: event.row) {
      apply(.open, to: &state, at: now)
    } else if let axis = layout.axis, let axisSection,
      axis.contains(column: event.column, row: event.row)
    {
      if state.section != axisSection { apply(.showSection(axisSection), to: &state, at: now) }
      selectNearestEvent(toColumn: event.column, axis: axis, in: axisSection, &state)
    }
  }

  /// A click selects an item; a click on the selected item (or a double
  /// click) opens it, as a finger expects.
  private func clickList(row line: Int, double: Bool, _ state: inout AppState, at now: Double) {
    let section = state.section
    let selected = state.selected(in: section)
    let offset = lists.offset(selected: selected, in: section, visible: layout(state).listRows)
    let rows = lists.rows(section)
    guard rows.indices.contains(offset + line), let item = rows[offset + line].item else { return }
    state.selection[section] = item
    if item == selected || double { apply(.open, to: &state, at: now) }
  }

  /// The event whose marker is closest to the clicked column of the axis.
  private func selectNearestEvent(
    toColumn column: Int, axis: Rect, in section: Int, _ state: inout AppState
  ) {
    guard let scale = TimeScale(content, width: axis.width - 4, x: axis.x + 2) else { return }
    let target = scale.year(atColumn: column)
    let nearest = content.events.indices.min {
      abs(content.events[$0].date.fractionalYear - target)
        < abs(content.events[$1].date.fractionalYear - target)
    }
    if let nearest { state.selection[section] = sections[section].item(ofEvent: nearest, content) }
  }
}

import HistoryContent

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
      } else if mode == .help {
        state.showsHelp = false
      } else if mode == .browsing {
        clickBrowsing(event, &state, at: now)
      }
    default:
      break
    }
  }

  /// A key hint in the footer does what its keys do.
  private func clickFooter(at column: Int, _ state: inout AppState, at now: Double) {
    let hit = hints(state).first { column >= $0.x && column < $0.x + $0.width }
    if let command = hit?.binding.command { apply(command, to: &state, at: now) }
  }

  private func clickBrowsing(_ event: MouseEvent, _ state: inout AppState, at now: Double) {
    let layout = ScreenLayout(size: state.size, pane: state.pane)
    if event.row == layout.tabs.y {
      let tab = tabs(state.textLanguage).first {
        event.column >= $0.x && event.column < $0.x + $0.width
      }
      if let tab { apply(.showPane(tab.pane), to: &state, at: now) }
    } else if let pane = Pane.allCases.first(where: {
      layout.list(of: $0)?.inset(by: 1).contains(column: event.column, row: event.row) ?? false
    }), let list = layout.list(of: pane) {
      // Side by side, a click in another pane's list also shows that pane.
      if pane != state.pane { apply(.showPane(pane), to: &state, at: now) }
      clickList(row: event.row - list.y - 1, double: event.kind == .doubleClick, &state, at: now)
    } else if layout.detail.contains(column: event.column, row: event.row) {
      apply(.open, to: &state, at: now)
    } else if let axis = layout.axis, axis.contains(column: event.column, row: event.row) {
      if state.pane != .timeline { apply(.showPane(.timeline), to: &state, at: now) }
      selectNearestEvent(toColumn: event.column, axis: axis, &state)
    }
  }

  /// A click selects an item; a click on the selected item (or a double
  /// click) opens it, as a finger expects.
  private func clickList(row line: Int, double: Bool, _ state: inout AppState, at now: Double) {
    let layout = ScreenLayout(size: state.size, pane: state.pane)
    let selected = state.selected(in: state.pane)
    let offset = lists.offset(selected: selected, in: state.pane, visible: layout.listRows)
    let rows = lists.rows(state.pane)
    guard rows.indices.contains(offset + line), let item = rows[offset + line].item else { return }
    if item == selected || double {
      state.selection[state.pane] = item
      apply(.open, to: &state, at: now)
    } else {
      state.selection[state.pane] = item
    }
  }

  /// The event whose marker is closest to the clicked column of the axis.
  private func selectNearestEvent(toColumn column: Int, axis: Rect, _ state: inout AppState) {
    guard let scale = TimeScale(content, width: axis.width - 4, x: axis.x + 2) else { return }
    let target = scale.year(atColumn: column)
    let nearest = content.events.indices.min {
      abs(content.events[$0].date.fractionalYear - target)
        < abs(content.events[$1].date.fractionalYear - target)
    }
    if let nearest { state.selection[.timeline] = nearest }
  }
}

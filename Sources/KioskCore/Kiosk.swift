import HistoryContent

/// The app's behaviour: the content, the keymap and the reducer that turns
/// an action and a state into the next state. Pure: no clock, no terminal.
public struct Kiosk: Sendable {
  public let content: Content
  public let keymap: Keymap

  public init(content: Content, keymap: Keymap = .standard) {
    self.content = content
    self.keymap = keymap
  }

  /// The state a visitor meets: the timeline, its first event selected.
  public func initialState(size: Size, language: Language = .english) -> AppState {
    AppState(size: size, language: language)
  }

  /// How many items `pane` lists.
  public func itemCount(_ pane: Pane) -> Int {
    switch pane {
    case .timeline: content.events.count
    case .work: content.areas.count
    case .exhibition: content.captions.count
    }
  }

  /// The reading view's text for `reading`, wrapped to the screen's column.
  public func readerLines(_ reading: Reading, _ state: AppState) -> [DocumentLine] {
    let layout = ScreenLayout(size: state.size, pane: reading.pane)
    return ItemDocument.lines(
      content, pane: reading.pane, index: reading.index, language: state.language,
      width: layout.readerText.width)
  }

  /// The furthest the reading view can scroll: the last line at the bottom.
  public func maxScroll(_ reading: Reading, _ state: AppState) -> Int {
    let rows = ScreenLayout(size: state.size, pane: reading.pane).readerText.height
    return max(0, readerLines(reading, state).count - rows)
  }

  public func reduce(_ state: AppState, _ action: Action) -> AppState {
    var next = state
    switch action {
    case .key(let key):
      guard let command = keymap.command(for: key, in: state.mode) else { return state }
      apply(command, to: &next)
    case .command(let command):
      apply(command, to: &next)
    case .resize(let size):
      next.size = size
      clampScroll(&next)
    case .mouse:
      // Pointer input is handled by the terminal-robustness work; until then
      // a click changes nothing rather than something unexpected.
      return state
    }
    return next
  }

  private func apply(_ command: Command, to state: inout AppState) {
    switch command {
    case .previous: move(&state) { current, _ in current - 1 }
    case .next: move(&state) { current, _ in current + 1 }
    case .pageUp:
      let page = page(state)
      move(&state) { current, _ in current - page }
    case .pageDown:
      let page = page(state)
      move(&state) { current, _ in current + page }
    case .first: move(&state) { _, _ in 0 }
    case .last: move(&state) { _, last in last }
    case .nextPane: showPane(Pane(rawValue: (state.pane.rawValue + 1) % 3)!, &state)
    case .previousPane: showPane(Pane(rawValue: (state.pane.rawValue + 2) % 3)!, &state)
    case .showPane(let pane): showPane(pane, &state)
    case .open:
      guard itemCount(state.pane) > 0 else { return }
      state.reading = Reading(pane: state.pane, index: state.selected(in: state.pane))
    case .back:
      if state.showsHelp { state.showsHelp = false } else { state.reading = nil }
    case .previousItem: readNeighbour(&state, by: -1)
    case .nextItem: readNeighbour(&state, by: 1)
    case .toggleHelp: state.showsHelp.toggle()
    case .askToQuit: state.asksToQuit = true
    case .cancel: state.asksToQuit = false
    case .confirmQuit, .quitNow: state.isRunning = false
    }
  }

  private func showPane(_ pane: Pane, _ state: inout AppState) {
    state.pane = pane
    state.reading = nil
  }

  /// Moves the selection in the list, or the text in the reading view, to
  /// `target(current, last)`, kept within 0...last.
  private func move(_ state: inout AppState, to target: (_ current: Int, _ last: Int) -> Int) {
    if var reading = state.reading {
      let last = maxScroll(reading, state)
      reading.scroll = clamp(target(reading.scroll, last), 0, last)
      state.reading = reading
    } else {
      let last = itemCount(state.pane) - 1
      guard last >= 0 else { return }
      state.selection[state.pane] = clamp(target(state.selected(in: state.pane), last), 0, last)
    }
  }

  /// One page: the visible rows less one, so a line of context stays.
  private func page(_ state: AppState) -> Int {
    let layout = ScreenLayout(size: state.size, pane: state.reading?.pane ?? state.pane)
    return state.reading == nil ? layout.listRows : max(1, layout.readerText.height - 1)
  }

  private func readNeighbour(_ state: inout AppState, by delta: Int) {
    guard let reading = state.reading else { return }
    let index = reading.index + delta
    guard (0..<itemCount(reading.pane)).contains(index) else { return }
    state.reading = Reading(pane: reading.pane, index: index)
    state.selection[reading.pane] = index
  }

  private func clampScroll(_ state: inout AppState) {
    guard var reading = state.reading else { return }
    reading.scroll = clamp(reading.scroll, 0, maxScroll(reading, state))
    state.reading = reading
  }

  private func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    min(max(value, low), max(low, high))
  }
}

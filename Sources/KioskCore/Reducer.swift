import HistoryContent

extension Kiosk {
  /// The next state after `action` at time `now` (seconds on the loop's
  /// monotonic clock; tests pass whatever times they need).
  public func reduce(_ state: AppState, _ action: Action, at now: Double) -> AppState {
    var next = state
    switch action {
    case .key(let key):
      if state.attract != nil {
        // The first key only ends the attract loop; it is not also acted upon.
        return freshStart(after: state, at: now)
      }
      next.lastInputAt = now
      if let command = command(for: key, in: &next) { apply(command, to: &next, at: now) }
    case .command(let command):
      apply(command, to: &next, at: now)
    case .resize(let size):
      next.size = size
      clampScroll(&next)
    case .tick:
      advanceTime(&next, to: now)
    case .mouse(let event):
      if state.attract != nil { return freshStart(after: state, at: now) }
      next.lastInputAt = now
      handle(event, &next, at: now)
    }
    return next
  }

  /// What `key` asks for here, after the kiosk's lockdown and the operator's
  /// sequence have had their say.
  private func command(for key: Key, in state: inout AppState) -> Command? {
    if settings.isLockedDown, tracksOperatorSequence(key, &state) { return nil }
    guard let command = keymap.command(for: key, in: state.mode) else { return nil }
    if settings.isLockedDown, command.isExit { return nil }
    return command
  }

  /// Follows the operator's exit sequence; true when `key` was part of it
  /// (and so is not acted on otherwise). The whole sequence asks to quit.
  private func tracksOperatorSequence(_ key: Key, _ state: inout AppState) -> Bool {
    let sequence = settings.operatorSequence
    let matched: Bool
    if sequence.indices.contains(state.operatorProgress), sequence[state.operatorProgress] == key {
      state.operatorProgress += 1
      matched = true
    } else {
      // A wrong key starts over; it may itself start the sequence again.
      matched = sequence.first == key
      state.operatorProgress = matched ? 1 : 0
    }
    if matched, state.operatorProgress == sequence.count {
      state.operatorProgress = 0
      state.asksToQuit = true
    }
    return matched
  }

  func apply(_ command: Command, to state: inout AppState, at now: Double) {
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
    case .toggleLanguage:
      state.language = state.language == .german ? .english : .german
      clampScroll(&state)
    case .toggleContrast: state.highContrast.toggle()
    case .askToQuit: state.asksToQuit = true
    case .cancel: state.asksToQuit = false
    case .confirmQuit, .quitNow: state.isRunning = false
    case .pauseTour:
      guard var tour = state.tour else { return }
      tour.isPaused.toggle()
      tour.nextStepAt = now + settings.tourStep
      state.tour = tour
    case .previousStop: stepTour(&state, by: -1, at: now)
    case .nextStop: stepTour(&state, by: 1, at: now)
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

  func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    min(max(value, low), max(low, high))
  }
}

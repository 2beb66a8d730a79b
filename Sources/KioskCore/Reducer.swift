import HistoryContent
import TerminalKit

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
    return next.fitted()
  }

  /// What `key` asks for here, after the kiosk's lockdown and the operator's
  /// sequence have had their say.
  private func command(for key: Key, in state: inout AppState) -> Command? {
    if settings.isLockedDown, tracksOperatorSequence(key, &state) { return nil }
    // In the search line every character is text, whatever it means elsewhere.
    if state.mode == .searchLine, case .character(let character) = key { return .type(character) }
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
      askToQuit(&state)
    }
    return matched
  }

  func apply(_ command: Command, to state: inout AppState, at now: Double) {
    let count = sections.count
    switch command {
    case .search, .toResults, .type, .deleteBackward, .nextMatch, .previousMatch:
      applySearch(command, to: &state)
    case .previous where state.mode == .searchLine || state.mode == .searchResults:
      moveCursor(&state) { current, _ in current - 1 }
    case .next where state.mode == .searchResults:
      moveCursor(&state) { current, _ in current + 1 }
    case .first where state.mode == .searchResults: moveCursor(&state) { _, _ in 0 }
    case .last where state.mode == .searchResults: moveCursor(&state) { _, last in last }
    case .pageUp where state.mode == .searchResults:
      moveCursor(&state) { current, _ in current - 5 }
    case .pageDown where state.mode == .searchResults:
      moveCursor(&state) { current, _ in current + 5 }
    case .open where state.search != nil: openResult(&state)
    case .back where state.search != nil: leaveSearchStep(&state)
    case .showCode:
      guard let address = webAddress(state) else { return }
      state.overlay = .qrCode(address)
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
    case .nextSection: showSection((state.section + 1) % count, &state)
    case .previousSection: showSection((state.section + count - 1) % count, &state)
    case .showSection(let section): showSection(section, &state)
    case .open:
      guard itemCount(state.section) > 0 else { return }
      state.screen = .read(
        Reading(section: state.section, index: state.selected(in: state.section)))
    case .back:
      if state.overlay == .help || state.mode == .code {
        state.overlay = nil
      } else if state.reading != nil {
        state.screen = .browse
      }
    case .previousItem: readNeighbour(&state, by: -1)
    case .nextItem: readNeighbour(&state, by: 1)
    case .toggleHelp: state.overlay = state.overlay == .help ? nil : .help
    case .nextLanguage:
      state.language = language(after: state.language)
      clampScroll(&state)
    case .toggleContrast: state.highContrast.toggle()
    case .askToQuit: askToQuit(&state)
    case .cancel:
      if case .quitQuestion(let over) = state.overlay { state.overlay = over }
    case .confirmQuit, .quitNow: state.isRunning = false
    case .pauseTour:
      guard var tour = state.tour else { return }
      tour.isPaused.toggle()
      tour.nextStepAt = now + settings.tourStep
      state.screen = .tour(tour)
    case .previousStop: stepTour(&state, by: -1, at: now)
    case .nextStop: stepTour(&state, by: 1, at: now)
    case .redraw: break
    }
  }

  private func askToQuit(_ state: inout AppState) {
    if case .quitQuestion = state.overlay { return }
    state.overlay = .quitQuestion(over: state.overlay)
  }

  private func showSection(_ section: Int, _ state: inout AppState) {
    guard sections.indices.contains(section) else { return }
    state.section = section
    if state.reading != nil { state.screen = .browse }
  }

  /// Moves the selection in the list, or the text being read, to
  /// `target(current, last)`, kept within 0...last.
  private func move(_ state: inout AppState, to target: (_ current: Int, _ last: Int) -> Int) {
    if var reading = state.textRead {
      let last = maxScroll(reading, state)
      reading.scroll = clamp(target(reading.scroll, last), 0, last)
      state.setTextRead(reading)
    } else {
      let last = itemCount(state.section) - 1
      guard last >= 0 else { return }
      state.selection[state.section] = clamp(
        target(state.selected(in: state.section), last), 0, last)
    }
  }

  /// One page: the visible rows less one, so a line of context stays.
  private func page(_ state: AppState) -> Int {
    let layout = layout(state)
    return state.reading == nil ? layout.listRows : max(1, layout.readerText.height - 1)
  }

  private func readNeighbour(_ state: inout AppState, by delta: Int) {
    guard let reading = state.reading else { return }
    let index = reading.index + delta
    guard (0..<itemCount(reading.section)).contains(index) else { return }
    state.screen = .read(Reading(section: reading.section, index: index))
    state.selection[reading.section] = index
  }

  /// The reading view never scrolls past its text, whatever changed its
  /// length (a resize, another language).
  func clampScroll(_ state: inout AppState) {
    if let reading = state.reading, reading.scroll > 0 {
      state.screen = .read(clamped(reading, state))
    }
    if var search = state.search, let opened = search.opened, opened.scroll > 0 {
      search.opened = clamped(opened, state)
      state.overlay = .search(search)
    }
  }

  private func clamped(_ reading: Reading, _ state: AppState) -> Reading {
    var reading = reading
    reading.scroll = clamp(reading.scroll, 0, maxScroll(reading, state))
    return reading
  }

  func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    min(max(value, low), max(low, high))
  }
}

extension AppState {
  /// The state with its screen hidden behind the too-small notice while the
  /// window is smaller than the layout needs, and shown again once it is not.
  func fitted() -> AppState {
    var state = self
    if !size.isLargeEnough, case .tooSmall = screen { return state }
    state.screen = size.isLargeEnough ? screen.unhidden : .tooSmall(hidden: screen)
    return state
  }
}

import HistoryContent
import KioskCore
import TerminalKit
import Testing

/// Clicks and taps, with the geometry the screen is drawn with.
@Suite struct MouseTests {
  let kiosk = Fixture.kiosk
  let start = Fixture.kiosk.initialState(size: Fixture.screen)

  func click(
    _ column: Int, _ row: Int, _ kind: MouseEvent.Kind = .click, from state: AppState? = nil
  ) -> AppState {
    kiosk.reduce(state ?? start, .mouse(MouseEvent(kind, column: column, row: row)), at: 0)
  }

  @Test func aTabShowsItsPane() {
    let tabs = ChromeLayout.tabs(kiosk, .english)
    #expect(click(tabs[1].x + 2, 1) == AppState(section: .work, size: Fixture.screen))
    #expect(click(tabs[2].x, 1).section == .exhibition)
    // Between the tabs: nothing.
    #expect(click(tabs[1].x - 1, 1) == start)
  }

  @Test func aListRowSelectsAndASecondClickOpens() {
    // Row 0 inside the frame is the era heading; rows 1, 2 … the events.
    let listTop = kiosk.layout(size: Fixture.screen, section: .timeline).list.y + 1
    let selected = click(5, listTop + 3)
    #expect(selected == AppState(selection: [.timeline: 2], size: Fixture.screen))
    #expect(click(5, listTop + 3, from: selected).reading == Reading(section: .timeline, index: 2))
    #expect(click(5, listTop + 2, .doubleClick).reading == Reading(section: .timeline, index: 1))
    // The era heading is not an item.
    #expect(click(5, listTop) == start)
  }

  @Test func sideBySideAClickInAnotherListShowsThatPane() {
    let wide = Size(width: 160, height: 50)
    let state = kiosk.initialState(size: wide)
    let layout = kiosk.layout(size: wide, section: .timeline)
    #expect(layout.isSideBySide)
    let work = layout.list(of: .work)!
    let clicked = kiosk.reduce(
      state, .mouse(MouseEvent(.click, column: work.x + 4, row: work.y + 3)), at: 0)
    #expect(clicked == AppState(section: .work, selection: [.work: 2], size: wide))
  }

  @Test func theDetailOpensTheSelectedItem() {
    let detail = kiosk.layout(size: Fixture.screen, section: .timeline).detail
    #expect(click(detail.x + 5, detail.y + 3).reading == Reading(section: .timeline, index: 0))
  }

  @Test func theTimeAxisSelectsTheNearestEvent() {
    let axis = kiosk.layout(size: Fixture.screen, section: .timeline).axis!
    // The right end of the axis is the last event (1989 in the fixture).
    #expect(click(axis.maxX - 3, axis.y + 2).selection == [.timeline: 4])
    #expect(click(axis.x + 2, axis.y + 2).selection == [.timeline: 0])
  }

  @Test func footerHintsDoWhatTheirKeysDo() {
    let hints = ChromeLayout.hints(kiosk, start)
    let open = hints.first { $0.binding.command == .open }!
    #expect(
      click(open.x, Fixture.screen.height - 1).reading == Reading(section: .timeline, index: 0))
    let help = hints.first { $0.binding.command == .toggleHelp }!
    #expect(click(help.x + 1, Fixture.screen.height - 1).overlay == .help)
    let quit = hints.first { $0.binding.command == .askToQuit }!
    let asked = click(quit.x, Fixture.screen.height - 1)
    #expect(asked.mode == .quitPrompt)
    let no = ChromeLayout.hints(kiosk, asked).first { $0.binding.command == .cancel }!
    #expect(click(no.x, Fixture.screen.height - 1, from: asked) == start)
  }

  @Test func aClickClosesTheHelp() {
    let help = kiosk.reduce(start, .key(.character("?")), at: 0)
    #expect(click(40, 10, from: help) == start)
  }

  @Test func theWheelMovesTheSelectionAndScrollsText() {
    #expect(
      kiosk.reduce(start, .mouse(MouseEvent(.wheelDown, column: 3, row: 5)), at: 0).selection == [
        .timeline: 1
      ])
    let reading = kiosk.reduce(start, .key(.end), at: 0)
    let opened = kiosk.reduce(reading, .key(.enter), at: 0)
    let scrolled = kiosk.reduce(opened, .mouse(MouseEvent(.wheelDown, column: 3, row: 5)), at: 0)
    #expect(scrolled.reading?.scroll == 1)
  }

  @Test func aClickEndsTheAttractLoopAndIsNotActedUpon() {
    let locked = Kiosk(
      content: Fixture.content, settings: KioskSettings(isLockedDown: true, idleTimeout: 10))
    let attract = locked.reduce(locked.initialState(size: Fixture.screen), .tick, at: 10)
    let tabs = ChromeLayout.tabs(kiosk, .english)
    let after = locked.reduce(
      attract, .mouse(MouseEvent(.click, column: tabs[2].x, row: 1)), at: 11)
    #expect(after == locked.initialState(size: Fixture.screen, at: 11))
  }
}

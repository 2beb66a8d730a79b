import HistoryContent
import KioskCore
import TerminalKit
import Testing

/// Whole-state assertions: each test states the entire state it expects.
@Suite struct ReducerTests {
  let kiosk = Fixture.kiosk
  let start = Fixture.kiosk.initialState(size: Fixture.screen)

  func run(_ keys: [Key], from state: AppState? = nil) -> AppState {
    keys.reduce(state ?? start) { kiosk.reduce($0, .key($1), at: 0) }
  }

  @Test func startsOnTheTimelineWithTheFirstEventSelected() {
    #expect(
      start
        == AppState(section: .timeline, selection: [:], size: Fixture.screen, language: .english))
    #expect(start.selected(in: .timeline) == 0)
    #expect(start.mode == .browsing)
  }

  @Test func downAndUpMoveTheSelectionWithinTheList() {
    #expect(run([.down, .down]) == AppState(selection: [.timeline: 2], size: Fixture.screen))
    #expect(
      run([.down, .down, .character("k")])
        == AppState(selection: [.timeline: 1], size: Fixture.screen))
  }

  @Test func theSelectionStopsAtBothEnds() {
    #expect(run([.up]) == AppState(selection: [.timeline: 0], size: Fixture.screen))
    #expect(
      run(Array(repeating: .down, count: 9))
        == AppState(selection: [.timeline: 4], size: Fixture.screen))
    #expect(run([.end]) == AppState(selection: [.timeline: 4], size: Fixture.screen))
    #expect(run([.end, .home]) == AppState(selection: [.timeline: 0], size: Fixture.screen))
  }

  @Test func tabCyclesThePanesAndEachKeepsItsSelection() {
    let state = run([.down, .tab, .down, .down])
    #expect(
      state == AppState(section: .work, selection: [.timeline: 1, .work: 2], size: Fixture.screen))
    #expect(run([.tab], from: state).section == .exhibition)
    #expect(run([.tab, .tab], from: state).section == .timeline)
    #expect(
      run([.backTab], from: state)
        == AppState(section: .timeline, selection: [.timeline: 1, .work: 2], size: Fixture.screen))
  }

  @Test func numberKeysJumpToPanes() {
    #expect(run([.character("3")]) == AppState(section: .exhibition, size: Fixture.screen))
    #expect(
      run([.character("3"), .character("2")]) == AppState(section: .work, size: Fixture.screen))
    #expect(
      run([.character("3"), .character("1")]) == AppState(section: .timeline, size: Fixture.screen))
  }

  @Test func enterOpensTheReadingViewAndEscapeReturns() {
    let reading = run([.down, .enter])
    #expect(
      reading
        == AppState(
          selection: [.timeline: 1], screen: .read(Reading(section: .timeline, index: 1)),
          size: Fixture.screen))
    #expect(reading.mode == .reading)
    #expect(
      run([.escape], from: reading) == AppState(selection: [.timeline: 1], size: Fixture.screen))
    #expect(
      run([.backspace], from: reading) == AppState(selection: [.timeline: 1], size: Fixture.screen))
  }

  @Test func longTextScrollsAndStopsAtItsEnd() {
    let opened = run([.end, .enter])
    let maxScroll = kiosk.maxScroll(opened.reading!, opened)
    #expect(maxScroll > 10)
    let pageRows = kiosk.layout(size: Fixture.screen, section: .timeline).readerText.height - 1
    #expect(
      run([.pageDown], from: opened).reading
        == Reading(section: .timeline, index: 4, scroll: pageRows)
    )
    #expect(
      run([.character(" ")], from: opened).reading
        == Reading(section: .timeline, index: 4, scroll: pageRows))
    #expect(
      run([.down, .down, .up], from: opened).reading
        == Reading(section: .timeline, index: 4, scroll: 1))
    #expect(
      run([.end], from: opened).reading == Reading(section: .timeline, index: 4, scroll: maxScroll))
    #expect(run(Array(repeating: .pageDown, count: 50), from: opened).reading?.scroll == maxScroll)
    #expect(
      run([.end, .pageUp, .home], from: opened).reading
        == Reading(section: .timeline, index: 4, scroll: 0))
    // Scrolling the text does not move the list's selection.
    #expect(run([.end], from: opened).selection == [.timeline: 4])
  }

  @Test func shortTextDoesNotScroll() {
    let opened = run([.enter])
    #expect(
      run([.down, .pageDown, .end], from: opened).reading
        == Reading(section: .timeline, index: 0, scroll: 0))
  }

  @Test func leftAndRightReadTheNeighbours() {
    let opened = run([.enter, .down, .right])
    #expect(
      opened
        == AppState(
          selection: [.timeline: 1], screen: .read(Reading(section: .timeline, index: 1)),
          size: Fixture.screen))
    #expect(run([.left, .left], from: opened).reading == Reading(section: .timeline, index: 0))
  }

  @Test func helpOpensAndClosesFromAnywhere() {
    let help = run([.character("?")])
    #expect(help == AppState(overlay: .help, size: Fixture.screen))
    #expect(help.mode == .help)
    #expect(run([.escape], from: help) == start)
    #expect(run([.character("?")], from: help) == start)
    // Keys that mean something in the list do nothing under the help.
    #expect(run([.down, .tab, .enter], from: help) == help)
    // Help over the reading view returns to it.
    let readingHelp = run([.enter, .character("?"), .escape])
    #expect(
      readingHelp
        == AppState(screen: .read(Reading(section: .timeline, index: 0)), size: Fixture.screen))
  }

  @Test func quitAsksFirst() {
    let asking = run([.down, .character("q")])
    #expect(
      asking
        == AppState(
          selection: [.timeline: 1], overlay: .quitQuestion(over: nil), size: Fixture.screen))
    #expect(asking.mode == .quitPrompt)
    #expect(
      run([.character("n")], from: asking)
        == AppState(selection: [.timeline: 1], size: Fixture.screen))
    #expect(
      run([.escape], from: asking) == AppState(selection: [.timeline: 1], size: Fixture.screen))
    #expect(run([.down, .enter], from: asking) == asking)
    #expect(
      run([.character("y")], from: asking)
        == AppState(
          selection: [.timeline: 1], overlay: .quitQuestion(over: nil), size: Fixture.screen,
          isRunning: false))
  }

  @Test func controlCQuitsAtOnce() {
    #expect(run([.control("c")]) == AppState(size: Fixture.screen, isRunning: false))
  }

  @Test func aSmallScreenKeepsTheVisitorsPlace() {
    let reading = run([.down, .enter, .down])
    let small = kiosk.reduce(reading, .resize(Size(width: 60, height: 20)), at: 0)
    #expect(small.mode == .tooSmall)
    // Keys other than quit do nothing while the screen is too small.
    #expect(run([.down, .escape, .tab], from: small) == small)
    let back = kiosk.reduce(small, .resize(Size(width: 100, height: 30)), at: 0)
    #expect(
      back
        == AppState(
          selection: [.timeline: 1], screen: .read(Reading(section: .timeline, index: 1)),
          size: Size(width: 100, height: 30)))
  }

  @Test func resizingClampsTheScrollToTheNewLength() {
    let scrolled = run([.end, .enter, .end])
    let wide = kiosk.reduce(scrolled, .resize(Size(width: 200, height: 60)), at: 0)
    #expect(wide.reading?.scroll == kiosk.maxScroll(wide.reading!, wide))
    #expect(wide.reading!.scroll < scrolled.reading!.scroll)
  }

  @Test func lSwitchesTheLanguageAndKeepsThePlace() {
    let reading = run([.tab, .down, .enter])
    let german = run([.character("L")], from: reading)
    #expect(
      german
        == AppState(
          section: .work, selection: [.work: 1], screen: .read(Reading(section: .work, index: 1)),
          size: Fixture.screen,
          language: .german))
    #expect(run([.character("L")], from: german) == reading)
  }

  @Test func unknownKeysChangeNothing() {
    #expect(run([.function(7), .character("x"), .control("z")]) == start)
  }
}

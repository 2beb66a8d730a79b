import HistoryContent
import KioskCore
import Testing

/// The presenter's tour, with an injected clock.
@Suite struct TourTests {
  let kiosk = Kiosk(content: Fixture.content, settings: KioskSettings(tourStep: 5))
  let screen = Fixture.screen

  var start: AppState { kiosk.tourState(size: screen, at: 0) }

  @Test func startsAtTheFirstMilestone() {
    #expect(start == AppState(screen: .tour(Tour(stop: 0, nextStepAt: 5)), size: screen))
    #expect(start.mode == .tour)
    #expect(kiosk.tourStops.count == 5 + 3 + 2)
  }

  @Test func advancesOnItsOwnThroughEverySection() {
    var state = start
    var now = 0.0
    for _ in 0..<5 {
      now += 5
      state = kiosk.reduce(state, .tick, at: now)
    }
    #expect(
      state
        == AppState(
          section: .work, selection: [.timeline: 4, .work: 0],
          screen: .tour(Tour(stop: 5, nextStepAt: 30)), size: screen))
    // A wake-up before the step is due changes nothing.
    #expect(kiosk.reduce(state, .tick, at: 29) == state)
  }

  @Test func staysOnTheLastStop() {
    var state = start
    for step in 1...20 { state = kiosk.reduce(state, .tick, at: Double(step * 5)) }
    #expect(state.tour?.stop == 9)
    // Nothing is due any more: the loop must sleep, not spin on a past deadline.
    #expect(kiosk.nextDeadline(state) == nil)
    #expect(state.section == .exhibition)
    #expect(state.selected(in: .exhibition) == 1)
  }

  @Test func spacePausesAndResumes() {
    let paused = kiosk.reduce(start, .key(.character(" ")), at: 2)
    #expect(paused.tour == Tour(stop: 0, isPaused: true, nextStepAt: 7))
    #expect(kiosk.nextDeadline(paused) == nil)
    #expect(kiosk.reduce(paused, .tick, at: 100) == paused)
    let resumed = kiosk.reduce(paused, .key(.character(" ")), at: 100)
    #expect(resumed.tour == Tour(stop: 0, isPaused: false, nextStepAt: 105))
    #expect(kiosk.nextDeadline(resumed) == 105)
  }

  @Test func leftAndRightStepAndRestartTheClock() {
    let forward = kiosk.reduce(kiosk.reduce(start, .key(.right), at: 1), .key(.right), at: 2)
    #expect(
      forward
        == AppState(
          selection: [.timeline: 2], screen: .tour(Tour(stop: 2, nextStepAt: 7)), size: screen,
          lastInputAt: 2))
    let back = kiosk.reduce(forward, .key(.left), at: 3)
    #expect(back.tour == Tour(stop: 1, nextStepAt: 8))
    #expect(kiosk.reduce(start, .key(.left), at: 1).tour?.stop == 0)
  }

  @Test func qLeavesTheTour() {
    #expect(kiosk.reduce(start, .key(.character("q")), at: 1).isRunning == false)
    #expect(kiosk.reduce(start, .key(.escape), at: 1).isRunning == false)
  }
}

import HistoryContent
import KioskCore
import TerminalKit
import Testing

/// Kiosk mode with an injected clock: idle reset, attract loop, lockdown and
/// the operator's way out. Times are seconds on the loop's clock.
@Suite struct KioskModeTests {
  let kiosk = Kiosk(
    content: Fixture.content,
    settings: KioskSettings(
      isLockedDown: true, idleTimeout: 90, attractStep: 8, startLanguage: .english))
  let screen = Fixture.screen

  func run(_ keys: [Key], from state: AppState, at now: Double) -> AppState {
    keys.reduce(state) { kiosk.reduce($0, .key($1), at: now) }
  }

  /// A visitor who moved around, opened an item, switched to German and asked for help.
  func busyVisitor(at now: Double) -> AppState {
    run(
      [.tab, .down, .enter, .down, .character("L"), .character("?")],
      from: kiosk.initialState(size: screen, at: 0), at: now)
  }

  @Test func nothingIsDueUntilTheIdleTimeout() {
    let state = busyVisitor(at: 10)
    #expect(kiosk.nextDeadline(state) == 100)
    #expect(kiosk.reduce(state, .tick, at: 99) == state)
  }

  @Test func idleResetsEverythingAndStartsTheAttractLoop() {
    let attract = kiosk.reduce(busyVisitor(at: 10), .tick, at: 100)
    #expect(
      attract
        == AppState(
          screen: .attract(Attract(slide: 0, nextStepAt: 108)), size: screen, language: .english,
          lastInputAt: 10))
    #expect(attract.mode == .attract)
    #expect(kiosk.nextDeadline(attract) == 108)
  }

  @Test func theAttractLoopStepsThroughEventsAndCaptionsAndWrapsAround() {
    var state = kiosk.reduce(busyVisitor(at: 10), .tick, at: 100)
    let slides = kiosk.attractSlides
    #expect(slides.count == Fixture.content.events.count + Fixture.content.captions.count)
    #expect(slides.last == ItemRef(section: .exhibition, index: 1))
    var now = 100.0
    for expected in 1...slides.count {
      now += 8
      state = kiosk.reduce(state, .tick, at: now)
      #expect(state.attract == Attract(slide: expected % slides.count, nextStepAt: now + 8))
    }
    // An early wake-up changes nothing.
    #expect(kiosk.reduce(state, .tick, at: now + 1) == state)
  }

  @Test func theKeyThatEndsTheAttractLoopIsSwallowed() {
    let attract = kiosk.reduce(busyVisitor(at: 10), .tick, at: 100)
    for key in [Key.down, .tab, .character("3"), .enter, .character("q"), .escape] {
      #expect(
        kiosk.reduce(attract, .key(key), at: 200) == kiosk.initialState(size: screen, at: 200),
        "\(key)")
    }
  }

  @Test func aResizeDuringTheAttractLoopKeepsItPlaying() {
    let attract = kiosk.reduce(busyVisitor(at: 10), .tick, at: 100)
    let resized = kiosk.reduce(attract, .resize(Size(width: 120, height: 40)), at: 101)
    #expect(resized.attract == attract.attract)
    #expect(resized.size == Size(width: 120, height: 40))
  }

  @Test func lockedKeysKeepTheKioskRunning() {
    let start = kiosk.initialState(size: screen, at: 0)
    for key in [
      Key.character("q"), .control("c"), .control("z"), .control("\\"), .control("d"),
      .function(10),
    ] {
      let after = kiosk.reduce(start, .key(key), at: 1)
      #expect(after == AppState(size: screen, lastInputAt: 1), "\(key)")
    }
  }

  @Test func theSameKeysQuitOutsideKioskMode() {
    let normal = Fixture.kiosk
    let start = normal.initialState(size: screen)
    #expect(normal.reduce(start, .key(.character("q")), at: 0).mode == .quitPrompt)
    #expect(normal.reduce(start, .key(.control("c")), at: 0).isRunning == false)
  }

  @Test func theOperatorSequenceAsksAndYesQuits() {
    let start = kiosk.initialState(size: screen, at: 0)
    let asked = run([.control("x"), .control("q")], from: start, at: 5)
    #expect(asked == AppState(overlay: .quitQuestion(over: nil), size: screen, lastInputAt: 5))
    #expect(asked.mode == .quitPrompt)
    #expect(run([.character("y")], from: asked, at: 6).isRunning == false)
  }

  @Test func theOperatorCanChangeTheirMind() {
    let asked = run(
      [.control("x"), .control("q")], from: kiosk.initialState(size: screen, at: 0), at: 5)
    #expect(run([.character("n")], from: asked, at: 6) == AppState(size: screen, lastInputAt: 6))
    #expect(run([.escape], from: asked, at: 6) == AppState(size: screen, lastInputAt: 6))
  }

  @Test func aBrokenSequenceDoesNotAsk() {
    let start = kiosk.initialState(size: screen, at: 0)
    #expect(run([.control("x"), .down, .control("q")], from: start, at: 1).mode != .quitPrompt)
    #expect(run([.control("q"), .control("x")], from: start, at: 1).mode != .quitPrompt)
    // Starting again after a wrong key works.
    #expect(
      run([.control("x"), .control("x"), .control("q")], from: start, at: 1).mode == .quitPrompt)
  }

  @Test func theIdleResetLeavesAnUnansweredPromptBehind() {
    let asked = run(
      [.control("x"), .control("q")], from: kiosk.initialState(size: screen, at: 0), at: 5)
    let reset = kiosk.reduce(asked, .tick, at: 95)
    #expect(reset.mode != .quitPrompt)
    #expect(reset.attract != nil)
  }

  @Test func theIdleResetReturnsToTheStartLanguage() {
    let german = Kiosk(
      content: Fixture.content,
      settings: KioskSettings(isLockedDown: true, idleTimeout: 30, startLanguage: .german))
    let switched = german.reduce(
      german.initialState(size: screen, at: 0), .key(.character("L")), at: 1)
    #expect(switched.language == .english)
    #expect(german.reduce(switched, .tick, at: 31).language == .german)
  }
}

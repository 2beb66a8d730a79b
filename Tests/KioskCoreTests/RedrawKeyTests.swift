import HistoryContent
import KioskCore
import TerminalKit
import Testing

/// Ctrl-L asks the loop to draw the whole screen again, in every mode and in
/// kiosk mode too; the state itself stays as it is.
@Suite struct RedrawKeyTests {
  @Test(arguments: Mode.allCases)
  func ctrlLRedrawsInEveryMode(mode: Mode) {
    #expect(Keymap.standard(sectionCount: 3).command(for: .control("l"), in: mode) == .redraw)
  }

  @Test(arguments: [false, true])
  func ctrlLLeavesTheStateAlone(lockedDown: Bool) {
    let kiosk = Kiosk(
      content: Fixture.content,
      settings: KioskSettings(isLockedDown: lockedDown, startLanguage: .english))
    let state = [Key.tab, .down, .enter].reduce(kiosk.initialState(size: Fixture.screen)) {
      kiosk.reduce($0, .key($1), at: 1)
    }
    var expected = state
    expected.lastInputAt = 2
    #expect(kiosk.reduce(state, .key(.control("l")), at: 2) == expected)
  }
}

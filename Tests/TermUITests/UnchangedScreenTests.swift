import BuiltInContent
import KioskCore
import PropertyBased
import TermUI
import TerminalKit
import Testing

/// The event loop draws no frame when `Screen.showsSame` says a key
/// changed nothing a visitor sees. Over random sessions, whenever it says
/// so, the frames before and after must be equal.
@Suite struct UnchangedScreenTests {
  let kiosk = Kiosk(content: BuiltInContent.content)

  @Test func statesThatShowTheSameDrawTheSameFrame() async {
    let kiosk = kiosk
    await propertyCheck(count: 100, input: Sessions.session) { session in
      var now = 1000.0
      var state = kiosk.initialState(size: session.size, at: now)
      state.asciiOnly = session.asciiOnly
      for (number, step) in session.steps.enumerated() {
        now += step.delay
        let next = kiosk.reduce(state, step.action, at: now)
        if Renderer.showsSame(state, next),
          Renderer(kiosk).render(state) != Renderer(kiosk).render(next)
        {
          Issue.record("after step \(number + 1) (\(step)): said the same, drew differently")
          return
        }
        state = next
      }
    }
  }

  @Test func upAtTheTopChangesNothingSeenDownDoes() {
    let start = kiosk.initialState(size: Size(width: 100, height: 30), at: 1000)
    let up = kiosk.reduce(start, .key(.up), at: 1001)
    #expect(up != start)  // the time of the last input moved on
    #expect(Renderer.showsSame(start, up))
    #expect(!Renderer.showsSame(start, kiosk.reduce(start, .key(.down), at: 1001)))
  }
}

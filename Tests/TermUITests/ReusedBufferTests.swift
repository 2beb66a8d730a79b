import BuiltInContent
import KioskCore
import PropertyBased
import TermUI
import Testing

/// The event loop draws each frame into the buffer of the frame before
/// last. Over random sessions (resizes among them), every frame drawn so
/// must equal one drawn into a new buffer.
@Suite struct ReusedBufferTests {
  let kiosk = Kiosk(content: BuiltInContent.content)

  @Test func framesDrawnIntoReusedBuffersEqualFreshOnes() async {
    let kiosk = kiosk
    await propertyCheck(count: 60, input: Sessions.session) { session in
      var now = 1000.0
      var state = kiosk.initialState(size: session.size, at: now)
      state.asciiOnly = session.asciiOnly
      var frames = (shown: Buffer(size: state.size), spare: Buffer(size: state.size))
      for (number, step) in session.steps.enumerated() {
        now += step.delay
        state = kiosk.reduce(state, step.action, at: now)
        Screen.render(kiosk, state, into: &frames.spare)
        if frames.spare != Screen.render(kiosk, state) {
          Issue.record("after step \(number + 1) (\(step)): the reused buffer drew differently")
          return
        }
        swap(&frames.shown, &frames.spare)
      }
    }
  }

  @Test func resetBlanksEverythingAndKeepsTheCellsWhenTheSizeStays() {
    var buffer = Buffer(size: Size(width: 10, height: 2))
    buffer.put("字 text", x: 1, y: 1, style: .accent)
    buffer.focus = Position(x: 1, y: 1)
    buffer.reset(size: Size(width: 10, height: 2), asciiOnly: true)
    #expect(buffer == Buffer(size: Size(width: 10, height: 2), asciiOnly: true))
    buffer.reset(size: Size(width: 4, height: 3), asciiOnly: false)
    #expect(buffer == Buffer(size: Size(width: 4, height: 3)))
  }
}

import BuiltInContent
import KioskCore
import PropertyBased
import TermUI
import TerminalKit
import Testing

/// A renderer keeps what frames need again (wrapped texts, the rows of a
/// list page, the columns of the time axis) for the next key, and the event
/// loop draws each frame into the buffer of the frame before last. Over
/// random sessions (languages, ASCII-only terminals, resizes, paging, every
/// section) a frame drawn so by one long-lived renderer must equal the frame
/// a fresh renderer, with nothing kept, draws of the same state into a new
/// buffer: a cache that forgets part of what its value depends on, or a
/// buffer not wholly blanked, shows up here.
@Suite struct CachedFramesTests {
  @Test func framesFromKeptValuesEqualFramesMadeAfresh() async {
    let kiosk = Kiosk(content: BuiltInContent.content)
    await propertyCheck(count: 150, input: Sessions.session) { session in
      let kept = Renderer(kiosk)
      var now = 1000.0
      var state = kiosk.initialState(size: session.size, at: now)
      state.asciiOnly = session.asciiOnly
      var frames = (shown: Buffer(size: state.size), spare: Buffer(size: state.size))
      for (number, step) in session.steps.enumerated() {
        now += step.delay
        state = kiosk.reduce(state, step.action, at: now)
        kept.render(state, into: &frames.spare)
        swap(&frames.shown, &frames.spare)
        if frames.shown != Renderer(kiosk).render(state) {
          Issue.record("after step \(number + 1) (\(step)): the frame differs\nstate: \(state)")
          return
        }
      }
    }
  }
}

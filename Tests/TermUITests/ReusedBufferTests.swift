import KioskCore
import TermUI
import TerminalKit
import Testing

/// The event loop draws each frame into the buffer of the frame before
/// last (`CachedFramesTests` replays sessions so); `reset` is what makes
/// that buffer as good as a new one.
@Suite struct ReusedBufferTests {
  @Test func resetBlanksEverythingAndTakesTheNewSize() {
    var buffer = Buffer(size: Size(width: 10, height: 2))
    buffer.put("字 text", x: 1, y: 1, style: .accent)
    buffer.focus = Position(x: 1, y: 1)
    buffer.reset(size: Size(width: 10, height: 2), asciiOnly: true)
    #expect(buffer == Buffer(size: Size(width: 10, height: 2), asciiOnly: true))
    buffer.reset(size: Size(width: 4, height: 3), asciiOnly: false)
    #expect(buffer == Buffer(size: Size(width: 4, height: 3)))
  }
}

import Glibc
import KioskCommandLine
import KioskCore
import TermUI
import TerminalKit

/// `demo --record FILE`: the whole tour played once without a terminal and
/// written as an asciicast v2 file (what asciinema and its web player read),
/// with the tour's real timings; then the program ends.
struct TourRecording {
  let kiosk: Kiosk
  let size: Size
  let path: String
  let highContrast: Bool

  func run() throws(ExitStatus) {
    let theme: Theme = highContrast ? .highContrast : .standard
    guard let recorder = FrameRecorder(terminal: "xterm-256color", palette: theme.palette) else {
      Output.standardError("iom-history: no terminfo entry for xterm-256color to record with\n")
      throw ExitStatus(code: 69)  // EX_UNAVAILABLE
    }
    let renderer = Renderer(kiosk)
    var cast = Asciicast(width: size.width, height: size.height, title: "IOM and Germany: the tour")
    var state = kiosk.tourState(size: size, at: 0)
    var now = 0.0
    cast.output(at: now, recorder.frame(renderer.render(state)))
    // Each stop shows for the tour's step; the last stays one step too.
    while let next = kiosk.nextDeadline(state) {
      now = next
      let stepped = kiosk.reduce(state, .tick, at: now)
      if !Renderer.showsSame(state, stepped) {
        cast.output(at: now, recorder.frame(renderer.render(stepped)))
      }
      state = stepped
    }
    cast.output(at: now + kiosk.settings.tourStep, [])
    guard Output.write(cast.text, toFile: path) else {
      Output.standardError(
        "iom-history: cannot write \(Argument.quoted(path)): \(String(cString: strerror(errno)))\n")
      throw ExitStatus(code: 73)  // EX_CANTCREAT
    }
  }
}

/// A recording held in memory until it is written whole.
struct Asciicast {
  private(set) var text: String

  init(width: Int, height: Int, title: String) {
    text = AsciicastFormat.header(
      width: width, height: height, title: title, term: "xterm-256color")
  }

  mutating func output(at seconds: Double, _ bytes: [UInt8]) {
    text += bytes.withUnsafeBufferPointer { AsciicastFormat.output(at: seconds, $0) }
  }
}

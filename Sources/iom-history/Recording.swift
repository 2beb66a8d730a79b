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

/// An asciicast v2 recording: a header line, then one JSON array per event,
/// `[seconds, "o", "bytes written"]`.
struct Asciicast {
  private(set) var text: String

  init(width: Int, height: Int, title: String) {
    text =
      "{\"version\": 2, \"width\": \(width), \"height\": \(height), \"title\": \(Self.json(title)), "
      + "\"env\": {\"TERM\": \"xterm-256color\"}}\n"
  }

  mutating func output(at seconds: Double, _ bytes: [UInt8]) {
    let time = (seconds * 1000).rounded() / 1000
    text += "[\(time), \"o\", \(Self.json(String(decoding: bytes, as: UTF8.self)))]\n"
  }

  /// `text` as a JSON string: quotes, backslashes and control characters escaped.
  static func json(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

import KioskCore
import QRCode
import TerminalKit

/// A QR code drawn in cells, dark on light (the paper role) with the quiet
/// zone the standard asks for. Unicode terminals get two modules a cell,
/// one above the other (▀ ▄ █); ASCII terminals two cells a module (##).
/// Without colours the paper role is the terminal's own colours reversed.
enum QRCodeView {
  /// The cells `code` takes, quiet zone included.
  static func size(_ code: QRCode, asciiOnly: Bool) -> Size {
    let side = code.size + 2 * QRCode.quietZone
    return asciiOnly
      ? Size(width: 2 * side, height: side) : Size(width: side, height: (side + 1) / 2)
  }

  /// Draws `code` with its top left corner at (x, y).
  static func draw(_ buffer: inout Buffer, _ code: QRCode, x: Int, y: Int, asciiOnly: Bool) {
    let quiet = QRCode.quietZone
    let side = code.size + 2 * quiet
    let paper = Style(.paper)
    if asciiOnly {
      for row in 0..<side {
        let line = (0..<side).map { code.isDark(x: $0 - quiet, y: row - quiet) ? "##" : "  " }
        buffer.put(line.joined(), x: x, y: y + row, style: paper)
      }
      return
    }
    for row in 0..<((side + 1) / 2) {
      let line = (0..<side).map { column -> String in
        let top = code.isDark(x: column - quiet, y: 2 * row - quiet)
        let bottom = code.isDark(x: column - quiet, y: 2 * row + 1 - quiet)
        switch (top, bottom) {
        case (true, true): return "█"
        case (true, false): return "▀"
        case (false, true): return "▄"
        case (false, false): return " "
        }
      }
      buffer.put(line.joined(), x: x, y: y + row, style: paper)
    }
  }
}

import HistoryContent
import KioskCore
import QRCode
import TerminalKit
import TextLayout

/// A web address as a QR code over the whole screen, with the address in
/// words and what to do with it beside (or, where there is no room beside,
/// below) the code.
enum CodeOverlay {
  static func draw(
    _ buffer: inout Buffer, _ view: Renderer, _ state: AppState, address: String
  ) {
    let size = state.size
    let language = state.textLanguage
    let room = Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
    buffer.fill(room)
    let scan = UIString.scanWithPhone.text(language)
    let pieces = pieces(of: language.shown(Sanitizer.clean(shortAddress(address))))
    let code = view.code(address)
    let codeSize = code.map { QRCodeView.size($0, asciiOnly: state.asciiOnly) } ?? size
    let besideWidth = room.width - codeSize.width - 4
    if let code, codeSize.height <= room.height, besideWidth >= 20 {
      // The code on the left, vertically centred; the words on its right.
      let y = (room.height - codeSize.height) / 2
      QRCodeView.draw(&buffer, code, x: 1, y: y, asciiOnly: state.asciiOnly)
      let words = Rect(
        x: codeSize.width + 3, y: y + 2, width: besideWidth, height: codeSize.height - 2)
      text(&buffer, heading: scan, pieces, in: words)
    } else if let code, codeSize.height + 4 <= room.height, codeSize.width <= room.width {
      // The code centred at the top, the words below it.
      QRCodeView.draw(
        &buffer, code, x: (room.width - codeSize.width) / 2, y: 0, asciiOnly: state.asciiOnly)
      let words = Rect(x: 1, y: codeSize.height, width: room.width - 2, height: 4)
      text(&buffer, heading: scan, pieces, in: words)
    } else {
      let words = Rect(x: 2, y: 1, width: room.width - 4, height: room.height - 2)
      text(&buffer, heading: UIString.codeDoesNotFit.text(language), pieces, in: words)
    }
  }

  /// The address as a visitor would type it: without "https://".
  static func shortAddress(_ address: String) -> String {
    for scheme in ["https://", "http://"] where address.hasPrefix(scheme) {
      return String(address.dropFirst(scheme.count))
    }
    return address
  }

  /// The address in pieces that end after a "/" or "-", for lines that
  /// break only where an address can.
  static func pieces(of address: String) -> [String] {
    var pieces: [String] = []
    var piece = ""
    for character in address {
      piece.append(character)
      if character == "/" || character == "-" {
        pieces.append(piece)
        piece = ""
      }
    }
    if !piece.isEmpty { pieces.append(piece) }
    return pieces
  }

  /// `heading` in bold, a blank line, then `pieces` packed into lines of
  /// the rectangle's width, broken only between pieces.
  private static func text(
    _ buffer: inout Buffer, heading: String, _ pieces: [String], in rect: Rect
  ) {
    guard rect.width > 0 else { return }
    var rows = Wrap.lines(heading, width: rect.width) + [""]
    var line = ""
    for piece in pieces {
      if !line.isEmpty, DisplayWidth.of(line + piece) > rect.width {
        rows.append(line)
        line = ""
      }
      line += piece
    }
    rows.append(line)
    for (offset, row) in rows.prefix(rect.height).enumerated() {
      let style: Style = offset == 0 ? Style(.accent, bold: true) : .text
      buffer.putTruncated(row, x: rect.x, y: rect.y + offset, width: rect.width, style: style)
    }
  }
}

import KioskCore
import TerminalKit
import TextLayout

/// Centred messages: the quit question and the too-small notice.
enum Prompts {
  /// "Quit? (y/n)" in a box over whatever is on screen.
  /// In kiosk mode only the operator's sequence gets here: say so.
  static func quit(_ buffer: inout Buffer, _ view: Renderer, _ state: AppState) {
    let key: UIString = view.kiosk.settings.isLockedDown ? .operatorQuestion : .quitQuestion
    let question = key.text(state.textLanguage)
    box(&buffer, lines: [question], style: .warning)
  }

  /// Shown instead of the layout on a screen smaller than 80x24.
  static func tooSmall(_ buffer: inout Buffer, _ state: AppState) {
    let message = UIString.tooSmall.text(state.textLanguage)
    let now = UIString.tooSmallNow.text(state.textLanguage, state.size)
    let width = max(1, state.size.width - 2)
    let lines = Wrap.lines(message, width: width) + [""] + Wrap.lines(now, width: width)
    let top = max(0, (state.size.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
      let x = max(0, (state.size.width - DisplayWidth.of(line)) / 2)
      buffer.put(
        line, x: x, y: top + offset, style: offset == 0 || line == lines[1] ? .warning : .muted)
    }
  }

  /// A framed box with `lines` centred on the screen.
  static func box(_ buffer: inout Buffer, lines: [String], style: Style) {
    let size = buffer.size
    let textWidth = min(lines.map { DisplayWidth.of($0) }.max() ?? 0, max(0, size.width - 6))
    let rect = Rect(
      x: (size.width - textWidth - 6) / 2, y: (size.height - lines.count - 4) / 2,
      width: textWidth + 6, height: lines.count + 4)
    buffer.fill(rect)
    buffer.frame(rect, focused: true)
    // On a screen too narrow for the box it is clipped; the focus stays on
    // the screen all the same.
    buffer.focus = Position(
      x: min(max(0, rect.x + 3), size.width - 1), y: min(max(0, rect.y + 2), size.height - 1))
    for (offset, line) in lines.enumerated() {
      buffer.putTruncated(
        line, x: rect.x + 3, y: rect.y + 2 + offset, width: textWidth, style: style)
    }
  }
}

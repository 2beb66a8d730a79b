import KioskCore
import TerminalKit
import TextLayout

/// Small drawing helpers shared by the screens.
extension Buffer {
  /// A box around `rect` with an optional title in its top edge. The focused
  /// box is drawn in the accent role so the visitor sees where the keys go.
  public mutating func frame(_ rect: Rect, title: String = "", focused: Bool = false) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let style = focused ? Style(.accent, bold: true) : Style.muted
    let inner = rect.width - 2
    edge(.topLeft, .topRight, x: rect.x, y: rect.y, inner: inner, style: style)
    putDown(.vertical, x: rect.x, y: rect.y + 1, count: rect.height - 2, style: style)
    putDown(.vertical, x: rect.maxX - 1, y: rect.y + 1, count: rect.height - 2, style: style)
    edge(.bottomLeft, .bottomRight, x: rect.x, y: rect.maxY - 1, inner: inner, style: style)
    if !title.isEmpty, inner > 4 {
      let text = " " + Wrap.truncate(title, width: inner - 4) + " "
      put(text, x: rect.x + 2, y: rect.y, style: focused ? .accent : .title)
    }
  }

  /// A frame's top or bottom edge: a corner, `inner` rules, a corner.
  private mutating func edge(
    _ left: Symbol, _ right: Symbol, x: Int, y: Int, inner: Int, style: Style
  ) {
    var column = x + putRepeated(left, count: 1, x: x, y: y, style: style)
    column += putRepeated(.horizontal, count: inner, x: column, y: y, style: style)
    putRepeated(right, count: 1, x: column, y: y, style: style)
  }

  /// `text` truncated to fit `width` columns from (x, y).
  public mutating func putTruncated(_ text: String, x: Int, y: Int, width: Int, style: Style) {
    put(Wrap.truncate(text, width: width), x: x, y: y, style: style, limit: x + width)
  }

  /// Lines of an item's text inside `rect`, starting at `offset`.
  public mutating func document(_ lines: [DocumentLine], in rect: Rect, offset: Int = 0) {
    guard !rect.isEmpty else { return }
    for row in 0..<rect.height {
      let index = offset + row
      guard lines.indices.contains(index) else { break }
      let line = lines[index]
      put(
        line.text, x: rect.x, y: rect.y + row, style: Self.style(for: line.style), limit: rect.maxX)
    }
  }

  /// A vertical scroll bar in the column `x` from `top` for `height` rows.
  public mutating func scrollBar(
    x: Int, top: Int, height: Int, offset: Int, visible: Int, total: Int
  ) {
    guard height > 0, total > visible else { return }
    let thumb = max(1, height * visible / total)
    let maxOffset = total - visible
    let start = (height - thumb) * min(offset, maxOffset) / max(1, maxOffset)
    putDown(.vertical, x: x, y: top, count: start, style: .muted)
    putDown(.scrollThumb, x: x, y: top + start, count: thumb, style: Style(.accent))
    putDown(.vertical, x: x, y: top + start + thumb, count: height - start - thumb, style: .muted)
  }

  static func style(for line: LineStyle) -> Style {
    switch line {
    case .title: Style(.text, bold: true)
    case .meta: Style(.accent, bold: true)
    case .body, .blank: .text
    case .heading: Style(.accent, bold: true, underline: false)
    case .figure: Style(.highlight, bold: true)
    case .figureLabel, .source: .muted
    case .credit: Style(.text, bold: true)
    case .link: Style(.accent, underline: true)
    }
  }
}

import KioskCore
import TerminalKit
import TextLayout

/// Search matches marked in text that is already on screen.
enum Highlight {
  /// How a match stands out: in both themes, and in monochrome too.
  static let style = Style(.highlight, bold: true, reverse: true)

  /// The characters of `text` that match one of `words`, as ranges of
  /// character offsets, in order and not overlapping.
  static func ranges(in text: String, _ words: [[UInt8]]) -> [Range<Int>] {
    guard !words.isEmpty else { return [] }
    let folded = FoldedText(text)
    let found = words.flatMap { folded.ranges(of: $0) }.map { folded.characters(of: $0) }
      .sorted { $0.lowerBound < $1.lowerBound }
    var merged: [Range<Int>] = []
    for range in found {
      if let last = merged.last, range.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    return merged
  }

  /// Draws the matches of `words` in `text`, which stands at (x, y), over
  /// it in the highlight style, up to column `limit`.
  static func mark(
    _ buffer: inout Buffer, _ text: String, x: Int, y: Int, limit: Int, _ words: [[UInt8]]
  ) {
    let characters = Array(text)
    for range in ranges(in: text, words) {
      let column = x + DisplayWidth.of(String(characters[..<range.lowerBound]))
      guard column < limit else { break }
      buffer.put(String(characters[range]), x: column, y: y, style: style, limit: limit)
    }
  }
}

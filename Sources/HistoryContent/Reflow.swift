import Glibc

/// Curators wrap long texts over several lines; only an empty line starts
/// a new paragraph. Lines within a paragraph are joined with a space, and
/// paragraphs are separated by one empty line.
enum Reflow {
  static func joiningLines(_ text: String) -> String {
    // Most texts are a single line: only trimmed, never copied. The line
    // feed is looked for in the bytes themselves, by `memchr`, many at a
    // time.
    var bytes = text
    let hasNewline = bytes.withUTF8 {
      $0.count > 0 && memchr($0.baseAddress!, 0x0A, $0.count) != nil
    }
    guard hasNewline else { return text.trimmingWhitespace }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var inParagraph = false
    for line in lines(of: text) {
      let trimmed = line.trimmingWhitespace
      if trimmed.isEmpty {
        inParagraph = false
        continue
      }
      if inParagraph {
        result.append(" ")
      } else if !result.isEmpty {
        result.append("\n\n")
      }
      result.append(contentsOf: trimmed)
      inParagraph = true
    }
    return result
  }

  /// The lines of `text`, split where a `Character` split at "\n" splits:
  /// at every line feed except one after a carriage return, since CR LF is a
  /// single `Character` of its own.
  private static func lines(of text: String) -> [Substring] {
    var text = text
    let ranges = text.withUTF8 { bytes in
      var ranges: [Range<Int>] = []
      var start = 0
      for index in bytes.indices where bytes[index] == 0x0A {
        if index > 0 && bytes[index - 1] == 0x0D { continue }
        ranges.append(start..<index)
        start = index + 1
      }
      ranges.append(start..<bytes.count)
      return ranges
    }
    return ranges.map { text.utf8Slice($0) }
  }
}

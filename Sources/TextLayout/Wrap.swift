/// Word wrapping and truncation by display width.
public enum Wrap {
  /// Breaks `text` into lines no wider than `width` columns.
  ///
  /// Lines break at spaces; a newline ends a line; an empty line in the text
  /// stays an empty line (paragraphs). A word wider than the line is broken
  /// between characters, never inside one.
  public static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    // When every scalar is a character of its own, splitting the bytes at
    // newlines and spaces is splitting the characters, and several times
    // cheaper: this runs for every new item a visitor selects. CR is left
    // to the character path, where CR LF is one character that no newline
    // splits.
    guard SingleScalarGraphemes.holds(in: text), !text.utf8.contains(0x0D) else {
      return linesByCharacters(text, width: width)
    }
    var result: [String] = []
    for paragraph in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      let words = paragraph.split(separator: 0x20, omittingEmptySubsequences: true)
      wrapParagraph(words.lazy.map(Substring.init), width: width, into: &result)
    }
    return result
  }

  /// `lines`, splitting the text character by character: right for any text.
  static func linesByCharacters(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var result: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let words = paragraph.split(separator: " ", omittingEmptySubsequences: true)
      wrapParagraph(words, width: width, into: &result)
    }
    return result
  }

  private static func wrapParagraph(
    _ words: some Sequence<Substring>, width: Int, into result: inout [String]
  ) {
    var line = ""
    var lineWidth = 0
    var emitted = false
    for word in words {
      var word = word
      var wordWidth = DisplayWidth.of(word)
      if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
        line += " "
        line += word
        lineWidth += 1 + wordWidth
        continue
      }
      if lineWidth > 0 {
        result.append(line)
        emitted = true
        line = ""
        lineWidth = 0
      }
      // A word wider than the whole line is cut into line-sized pieces,
      // each cut looking only at its own piece: linear in the word's length.
      if wordWidth > width {
        let singleScalars = SingleScalarGraphemes.holds(in: word)
        while wordWidth > width {
          let (end, used) = fittingEnd(of: word, width: width, singleScalars: singleScalars)
          result.append(String(word[..<end]))
          emitted = true
          word = word[end...]
          wordWidth -= used
        }
      }
      line = String(word)
      lineWidth = wordWidth
    }
    if lineWidth > 0 || !emitted { result.append(line) }
  }

  /// The longest prefix of `text` that fits `width` columns, and the rest.
  /// Always takes at least one character so that callers make progress.
  public static func split(_ text: Substring, atWidth width: Int) -> (Substring, Substring) {
    // Scalar by scalar where every scalar is a character: the same cut, as
    // every list row and title that does not fit is cut on every frame.
    let singleScalars = SingleScalarGraphemes.holds(in: text)
    let end = fittingEnd(of: text, width: width, singleScalars: singleScalars).end
    return (text[..<end], text[end...])
  }

  /// `split`, character by character: right for any text.
  static func splitByCharacters(_ text: Substring, atWidth width: Int) -> (Substring, Substring) {
    let end = fittingEnd(of: text, width: width, singleScalars: false).end
    return (text[..<end], text[end...])
  }

  /// Where the longest prefix of `text` that fits `width` columns ends, and
  /// its width; past the first character at least. Scalar by scalar when
  /// `singleScalars` says every scalar is a character of its own.
  private static func fittingEnd(of text: Substring, width: Int, singleScalars: Bool)
    -> (end: String.Index, used: Int)
  {
    singleScalars
      ? fittingEnd(of: text.unicodeScalars, width: width, widthOf: DisplayWidth.of)
      : fittingEnd(of: text, width: width, widthOf: DisplayWidth.of)
  }

  private static func fittingEnd<Items: Collection>(
    of items: Items, width: Int, widthOf: (Items.Element) -> Int
  ) -> (end: Items.Index, used: Int) {
    var used = 0
    var index = items.startIndex
    while index < items.endIndex {
      let w = widthOf(items[index])
      if used + w > width && index > items.startIndex { break }
      used += w
      items.formIndex(after: &index)
    }
    return (index, used)
  }

  /// `text` cut to `width` columns, ending in "…" when anything was cut.
  public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if DisplayWidth.of(text) <= width { return text }
    let room = width - DisplayWidth.of(ellipsis)
    guard room > 0 else { return String(split(Substring(text), atWidth: width).0) }
    var head = String(split(Substring(text), atWidth: room).0)
    // The split keeps at least one character; it may be a wide one too many.
    while DisplayWidth.of(head) > room, !head.isEmpty { head.removeLast() }
    return head + ellipsis
  }
}

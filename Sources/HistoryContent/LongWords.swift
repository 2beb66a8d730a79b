import TextLayout

/// Finds a word too wide for the narrowest text column.
///
/// The kiosk wraps text at spaces. A word wider than the whole column
/// cannot be wrapped and is broken between two letters, which reads badly
/// (`Hochwasserschutzmauerbauproje` / `kt`). Web addresses are the
/// exception: they have no better place to break and are meant to be
/// copied rather than read aloud.
enum LongWords {
  /// The first word of `text` wider than `columns`, with its width.
  ///
  /// No character is wider than its UTF-8 bytes, so only words with more
  /// bytes than `columns` are measured: most are never decoded at all, which
  /// was a third of the start-up time.
  static func first(in text: String, widerThan columns: Int) -> (word: String, width: Int)? {
    // Nor is a word wider than the whole text: labels and titles are done.
    guard text.utf8.count > columns else { return nil }
    var text = text
    let candidates = text.withUTF8 { runs(in: $0, longerThan: columns) }
    for run in candidates {
      let word = text.utf8Slice(run)
      let width = DisplayWidth.of(word)
      guard width > columns else { continue }
      if !isWebAddress(word) || word.unicodeScalars.count > DisplayLimits.webAddressCharacters {
        return (String(word), width)
      }
    }
    return nil
  }

  /// Where the words with more than `count` bytes stand. Words are the runs
  /// between spaces, line feeds and tabs, where the kiosk's wrapping can
  /// break a line.
  private static func runs(in bytes: UnsafeBufferPointer<UInt8>, longerThan count: Int)
    -> [Range<Int>]
  {
    var runs: [Range<Int>] = []
    var start = 0
    for index in 0...bytes.count {
      guard
        index == bytes.count || bytes[index] == 0x20 || bytes[index] == 0x0A
          || bytes[index] == 0x09
      else { continue }
      if index - start > count { runs.append(start..<index) }
      start = index + 1
    }
    return runs
  }

  /// The message for a word too wide for the narrowest column, or for a
  /// web address too long to copy from the screen.
  static func message(_ word: String, width: Int) -> String {
    if isWebAddress(word[...]) { return WebAddress.tooLong(word) }
    let limit = DisplayLimits.narrowestTextColumns
    return
      "the word \(Quoted.value(word, columns: 60)) is \(width) columns wide, more than the \(limit) of the narrowest text column (80x24), and would be broken mid-word — shorten it or split it with a space"
  }

  /// `https://…`, also in brackets or quotes: `(https://…)`.
  private static func isWebAddress(_ word: Substring) -> Bool {
    let start = word.drop { !$0.isLetter }
    return start.hasPrefix("https://") || start.hasPrefix("http://")
  }
}

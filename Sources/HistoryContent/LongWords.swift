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
    let separators: Set<UInt8> = [0x20, 0x0A, 0x09]
    for bytes in text.utf8.split(whereSeparator: separators.contains) where bytes.count > columns {
      let word = Substring(String(decoding: bytes, as: UTF8.self))
      let width = DisplayWidth.of(word)
      if width > columns, !isWebAddress(word) { return (String(word), width) }
    }
    return nil
  }

  /// The message for a word too wide for the narrowest column.
  static func message(_ word: String, width: Int) -> String {
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

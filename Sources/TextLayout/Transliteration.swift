/// ASCII stand-ins for terminals that cannot show anything else (no UTF-8
/// locale installed): readable, never blanks or mojibake.
public enum Transliteration {
  /// `text` in ASCII: "für" → "fuer", "’" → "'", "→" → "->", "…" → "...".
  /// Done before layout, so that wrapping counts the longer forms.
  public static func ascii(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      if character.isASCII {
        out.append(character)
      } else if let replacement = words[character] {
        out += replacement
      } else {
        out.append(glyph(character))
      }
    }
    return out
  }

  /// One column in, one column out: for frames, markers and anything that
  /// reaches a cell without going through `ascii`.
  public static func glyph(_ character: Character) -> Character {
    if character.isASCII { return character }
    if let replacement = glyphs[character] { return replacement }
    // Latin letters with accents lose them: "é" → "e", "ş" → "s".
    if let scalar = character.unicodeScalars.first {
      for (letters, base) in accented where letters.unicodeScalars.contains(scalar) { return base }
    }
    return "?"
  }

  static let accented: [(String, Character)] = [
    ("ÀÁÂÃÅĀĂĄ", "A"), ("àáâãåāăą", "a"), ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ĎĐ", "D"), ("ďđ", "d"),
    ("ÈÉÊËĒĔĖĘĚ", "E"), ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"), ("ÌÍÎÏĪĬĮİ", "I"),
    ("ìíîïīĭįı", "i"), ("ŁĹĻĽ", "L"), ("łĺļľ", "l"), ("ÑŃŅŇ", "N"), ("ñńņň", "n"),
    ("ÒÓÔÕØŌŎŐ", "O"), ("òóôõøōŏő", "o"), ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠ", "S"),
    ("śŝşš", "s"), ("ŢŤ", "T"), ("ţť", "t"), ("ÙÚÛŨŪŬŮŰŲ", "U"), ("ùúûũūŭůűų", "u"),
    ("ÝŸ", "Y"), ("ýÿ", "y"), ("ŹŻŽ", "Z"), ("źżž", "z"),
  ]

  /// Replacements longer than one column, used where layout can make room.
  static let words: [Character: String] = [
    "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
    "…": "...", "→": "->", "←": "<-", "—": "--", "©": "(c)", "€": "EUR", "‖": "||",
    "„": "\"", "“": "\"", "”": "\"",
  ]

  /// One-column replacements.
  static let glyphs: [Character: Character] = [
    "’": "'", "‘": "'", "‚": "'", "“": "\"", "”": "\"", "„": "\"", "–": "-", "—": "-", "·": "-",
    "›": ">", "‹": "<", "»": ">", "«": "<", "→": ">", "←": "<", "↑": "^", "↓": "v", "…": ".",
    "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┼": "+", "┬": "+", "┴": "+",
    "─": "-", "│": "|", "█": "#", "●": "o", "◆": "*", "▲": "^", "▶": ">", "‖": "|",
    "ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U", "ß": "s", "©": "c", "×": "x",
    "\u{00A0}": " ",
  ]
}

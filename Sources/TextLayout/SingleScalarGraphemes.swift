/// Text whose every scalar is a grapheme cluster (a Swift `Character`) of its
/// own, so that it can be walked scalar by scalar instead of through the
/// grapheme-breaking iterator, which costs several times more per character.
///
/// Nearly all the kiosk's text qualifies: ASCII, Latin letters with accents
/// (precomposed, as typed), quotes, dashes, arrows and box drawing.
public enum SingleScalarGraphemes {
  /// True when no two scalars of `text` belong to the same grapheme cluster.
  @inlinable
  public static func holds(in text: some StringProtocol) -> Bool {
    text.unicodeScalars.allSatisfy(standsAlone)
  }

  /// Scalars from blocks in which every scalar is a grapheme by itself next
  /// to any other such scalar: none of them is a combining mark, a joiner,
  /// a prepended or spacing mark, a regional indicator or a Hangul jamo.
  /// Controls break on both sides; the one exception, CR LF, is two
  /// zero-width scalars that the callers skip either way. Anything else (an
  /// "e" with a combining accent, an emoji sequence) takes the slow path.
  @inlinable
  public static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x300 { return true }  // ASCII, Latin-1, Latin Extended-A and -B, IPA, modifiers
    switch v {
    case 0x1E00...0x1EFF,  // Latin Extended Additional
      0x2010...0x2027,  // dashes, quotes, bullets, the ellipsis
      0x2030...0x205E,  // per mille, primes, guillemets
      0x20A0...0x20C0,  // currency signs
      0x2190...0x21FF,  // arrows
      0x2500...0x25FF:  // box drawing, blocks, geometric shapes
      return true
    default:
      return false
    }
  }
}

/// A set of language codes, two lowercase ASCII letters each, kept as one
/// bit per possible code.
///
/// Every text records the languages it is written in, for the check that
/// none is missing: a `Set<Language>` per text hashed each code and
/// allocated a table, some 36,000 times for 10,000 events and 2,000
/// captions. There are only 26 × 26 codes, so a bit each fits in a
/// fixed-size value.
struct LanguageCodes: Equatable, Sendable {
  private var bits = SIMD16<UInt64>(repeating: 0)

  init() {}

  /// The language codes among `mapping`'s keys, as `NodeReader.text` reads
  /// them: keys that are no language code are not counted.
  init(keysOf mapping: YAMLMapping) {
    for (key, _) in mapping {
      if let code = key.scalar?.string { insert(code) }
    }
  }

  /// Adds `code` when it is a language code; anything else is left out.
  mutating func insert(_ code: String) {
    guard let position = Self.position(of: code) else { return }
    bits[position >> 6] |= 1 << UInt64(position & 63)
  }

  mutating func formUnion(_ other: LanguageCodes) { bits |= other.bits }

  var count: Int { Int(bits.nonzeroBitCount.wrappedSum()) }

  /// The codes in `self` and not in `other`, in alphabetical order.
  func subtracting(_ other: LanguageCodes) -> [String] {
    let left = bits & ~other.bits
    var codes: [String] = []
    for position in 0..<(26 * 26) where left[position >> 6] & (1 << UInt64(position & 63)) != 0 {
      let letters = [UInt8(0x61 + position / 26), UInt8(0x61 + position % 26)]
      codes.append(String(decoding: letters, as: UTF8.self))
    }
    return codes
  }

  /// Where `code`'s bit is: codes in alphabetical order, `aa` first; nil
  /// for anything that is no language code. Counted in bytes: a
  /// `Character` that is ASCII is one byte (CR LF aside, not a letter).
  static func position(of code: String) -> Int? {
    var code = code
    return code.withUTF8 { bytes in
      guard bytes.count == 2, isLetter(bytes[0]), isLetter(bytes[1]) else { return nil }
      return Int(bytes[0] - 0x61) * 26 + Int(bytes[1] - 0x61)
    }
  }

  /// A lowercase ASCII letter.
  private static func isLetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
}

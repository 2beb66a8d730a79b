/// The language codes a text, a file or the whole content is written in:
/// two lowercase ASCII letters each, for the check that none is missing.
struct LanguageCodes: Equatable, Sendable {
  private var codes: Set<String> = []

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
    if Self.isCode(code) { codes.insert(code) }
  }

  mutating func formUnion(_ other: LanguageCodes) { codes.formUnion(other.codes) }

  var count: Int { codes.count }

  /// The codes in `self` and not in `other`, in alphabetical order.
  func subtracting(_ other: LanguageCodes) -> [String] { codes.subtracting(other.codes).sorted() }

  /// Whether `code` is two lowercase ASCII letters.
  static func isCode(_ code: String) -> Bool {
    code.utf8.count == 2 && code.utf8.allSatisfy { (0x61...0x7A).contains($0) }
  }
}

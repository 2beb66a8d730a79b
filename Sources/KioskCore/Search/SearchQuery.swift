/// What a visitor typed, read as search terms: words, each of which must
/// match, and years or spans of years ("1989", "1951-1954") that the items
/// must stand for.
public struct SearchQuery: Hashable, Sendable {
  /// The words, folded.
  public let words: [[UInt8]]
  /// The years asked for, if any.
  public let years: ClosedRange<Int>?

  public init(_ text: String) {
    var words: [[UInt8]] = []
    var years: ClosedRange<Int>?
    for term in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
      if let span = Self.span(term) {
        years =
          years.map { max($0.lowerBound, span.lowerBound)...min($0.upperBound, span.upperBound) }
          ?? span
        if let found = years, found.isEmpty { years = nil }
      } else {
        let folded = FoldedText(String(term)).bytes
        if !folded.isEmpty { words.append(folded) }
      }
    }
    self.words = words
    self.years = years
  }

  /// Nothing to look for yet.
  public var isEmpty: Bool { words.isEmpty && years == nil }

  /// "1989" → 1989...1989; "1951-1954" or "1951–1954" → 1951...1954.
  static func span(_ term: Substring) -> ClosedRange<Int>? {
    let parts = term.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
    guard (1...2).contains(parts.count), parts.allSatisfy({ $0.count == 4 }) else { return nil }
    let numbers = parts.compactMap { part in part.allSatisfy(\.isASCII) ? Int(part) : nil }
    guard numbers.count == parts.count, let first = numbers.first, let last = numbers.last,
      first <= last
    else { return nil }
    return first...last
  }
}

import Glibc
import HistoryContent

/// One item a search found.
public struct SearchResult: Hashable, Sendable {
  public var item: ItemRef
  /// Higher is better: titles count more than text, text more than sources.
  public var score: Int
}

/// Every item's texts in every language, folded once, so that each key
/// typed into the search line only compares bytes.
///
/// The texts lie one after another in one array of bytes, each ended by a
/// zero byte (which no typed word holds, so no match runs from one text into
/// the next): per item its titles, then its text, then its sources. One
/// array scanned with `memchr` keeps 10,000 events within a frame and a few
/// MiB (bench/README.md, "Search").
public struct SearchIndex: Sendable {
  private let bytes: [UInt8]
  /// Per item, where its titles, text and sources begin in `bytes`; then,
  /// after the last item, where the bytes end.
  private let starts: [Int32]
  private let items: [ItemRef]
  private let years: [ClosedRange<Int>?]

  /// An item's titles, text and sources, in the order they are stored,
  /// and the weights of a match in each.
  private static let parts: [@Sendable (SearchFields) -> [String]] = [
    { $0.titles }, { $0.text }, { $0.sources },
  ]
  private static let weights = [3, 2, 1]

  /// Indexes every item of every section, in every language of the content.
  public init(_ kiosk: Kiosk) {
    let content = kiosk.content
    var items: [ItemRef] = []
    var size = 0
    for (number, section) in kiosk.sections.enumerated() {
      for index in 0..<section.itemCount(content) {
        items.append(ItemRef(section: number, index: index))
        for language in content.languages {
          let fields = section.searchFields(index, content, language)
          for text in fields.titles + fields.text + fields.sources { size += text.utf8.count + 1 }
        }
      }
    }
    // Reserved in one piece (folding rarely lengthens a text): grown by
    // doubling, the bytes would touch half as much memory again at the end.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(size + size / 64)
    var starts: [Int32] = []
    starts.reserveCapacity(3 * items.count + 1)
    for item in items {
      let section = kiosk.sections[item.section]
      let fields = content.languages.map { section.searchFields(item.index, content, $0) }
      // Titles, then text, then sources, each in every language.
      for part in Self.parts {
        starts.append(Int32(bytes.count))
        for text in fields.flatMap(part) {
          FoldedText.append(text, to: &bytes)
          bytes.append(0)
        }
      }
    }
    starts.append(Int32(bytes.count))
    self.bytes = bytes
    self.starts = starts
    self.items = items
    years = items.map { kiosk.sections[$0.section].years($0.index, content) }
  }

  /// The items that match every word and the years of `query`, best first,
  /// then in the order of the sections and their lists.
  public func results(for query: SearchQuery) -> [SearchResult] {
    guard !query.isEmpty else { return [] }
    // Per item, its score so far; nil once it has failed a word or the years.
    var scores = [Int?](repeating: 0, count: items.count)
    if let wanted = query.years {
      for item in items.indices {
        scores[item] = years[item].map { $0.overlaps(wanted) } == true ? 3 : nil
      }
    }
    for word in query.words {
      let found = weights(of: word)
      for item in items.indices {
        guard let score = scores[item] else { continue }
        scores[item] = found[item] > 0 ? score + Int(found[item]) : nil
      }
    }
    // Best first; equal scores keep the sections' order (a counting sort:
    // sorting 10,000 results by comparison took longer than finding them).
    let best = 3 + 3 * query.words.count
    var byScore = [[Int]](repeating: [], count: best + 1)
    for (item, score) in scores.enumerated() {
      if let score { byScore[min(score, best)].append(item) }
    }
    return byScore.indices.reversed().flatMap { score in
      byScore[score].map { SearchResult(item: items[$0], score: score) }
    }
  }

  /// Per item, the weight of the weightiest of its fields that holds
  /// `word`, 0 where none does.
  private func weights(of word: [UInt8]) -> [UInt8] {
    var found = [UInt8](repeating: 0, count: items.count)
    guard !word.isEmpty else { return found }
    bytes.withUnsafeBytes { haystack in
      word.withUnsafeBytes { needle in
        var position = 0
        var item = 0
        while let offset = Self.find(needle, in: haystack, from: position) {
          // Items lie in order: the one hit is this one or a later one.
          while Int(starts[3 * item + 3]) <= offset { item += 1 }
          let field = (0..<3).last { Int(starts[3 * item + $0]) <= offset } ?? 0
          found[item] = UInt8(Self.weights[field])
          // An item's fields lie weightiest first: the rest of it can add nothing.
          item += 1
          position = Int(starts[3 * item])
        }
      }
    }
    return found
  }

  /// Where `needle` first occurs in `haystack` from `start`: `memchr` finds
  /// each place its first byte stands, `memcmp` compares the rest.
  private static func find(
    _ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, from start: Int
  ) -> Int? {
    guard let base = haystack.baseAddress, let wanted = needle.baseAddress, let first = needle.first
    else { return nil }
    let last = haystack.count - needle.count
    var position = start
    while position <= last,
      let hit = memchr(base + position, Int32(first), last - position + 1)
    {
      let offset = base.distance(to: UnsafeRawPointer(hit))
      if memcmp(base + offset + 1, wanted + 1, needle.count - 1) == 0 { return offset }
      position = offset + 1
    }
    return nil
  }
}

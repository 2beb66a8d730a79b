import HistoryContent

/// One item a search found.
public struct SearchResult: Hashable, Sendable {
  public var item: ItemRef
  /// Higher is better: titles count more than text, text more than sources.
  public var score: Int
}

/// Every item's texts in every language, folded once, so that each key
/// typed into the search line only compares bytes.
public struct SearchIndex: Sendable {
  struct Entry: Sendable {
    var item: ItemRef
    var years: ClosedRange<Int>?
    /// Per field weight, the folded texts of every language.
    var fields: [(weight: Int, texts: [FoldedText])]
  }

  let entries: [Entry]

  /// Indexes every item of every section, in every language of the content.
  public init(_ kiosk: Kiosk) {
    let content = kiosk.content
    var entries: [Entry] = []
    for (number, section) in kiosk.sections.enumerated() {
      for index in 0..<section.itemCount(content) {
        var byWeight: [Int: [FoldedText]] = [:]
        for language in content.languages {
          for field in section.searchFields(index, content, language).weighted {
            byWeight[field.weight, default: []] += field.texts.map(FoldedText.init)
          }
        }
        entries.append(
          Entry(
            item: ItemRef(section: number, index: index),
            years: section.years(index, content),
            fields: byWeight.sorted { $0.key > $1.key }.map { ($0.key, $0.value) }))
      }
    }
    self.entries = entries
  }

  /// The items that match every word and the years of `query`, best first,
  /// then in the order of the sections and their lists.
  public func results(for query: SearchQuery) -> [SearchResult] {
    guard !query.isEmpty else { return [] }
    var results: [SearchResult] = []
    for entry in entries {
      var score = 0
      if let years = query.years {
        guard let itemYears = entry.years, itemYears.overlaps(years) else { continue }
        score += 3
      }
      var matchesAll = true
      for word in query.words {
        // The weightiest field the word is found in.
        guard
          let weight = entry.fields.first(where: { $0.texts.contains { $0.contains(word) } })?
            .weight
        else {
          matchesAll = false
          break
        }
        score += weight
      }
      if matchesAll { results.append(SearchResult(item: entry.item, score: score)) }
    }
    // Stable: equal scores keep the sections' order.
    return results.enumerated().sorted {
      $0.element.score != $1.element.score
        ? $0.element.score > $1.element.score : $0.offset < $1.offset
    }.map(\.element)
  }
}

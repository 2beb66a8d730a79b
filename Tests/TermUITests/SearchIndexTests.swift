import BuiltInContent
import HistoryContent
import KioskCore
import PropertyBased
import Testing

/// The index's packed bytes against the plain reading of the rules: every
/// word in some field of some language, the weightiest field counting, the
/// years overlapping, best first, ties in the sections' order.
@Suite struct SearchIndexTests {
  static let kiosk = Kiosk(content: BuiltInContent.content)

  struct Found: Equatable {
    var item: ItemRef
    var score: Int
  }

  static func found(_ query: SearchQuery) -> [Found] {
    kiosk.searchIndex.results(for: query).map { Found(item: $0.item, score: $0.score) }
  }

  /// What a search finds, worked out the slow and obvious way.
  static func reference(_ kiosk: Kiosk, _ query: SearchQuery) -> [Found] {
    guard !query.isEmpty else { return [] }
    var found: [Found] = []
    for (number, section) in kiosk.sections.enumerated() {
      for index in 0..<section.itemCount(kiosk.content) {
        var score = 0
        if let wanted = query.years {
          guard let years = section.years(index, kiosk.content), years.overlaps(wanted) else {
            continue
          }
          score += 3
        }
        let fields = kiosk.content.languages.map { section.searchFields(index, kiosk.content, $0) }
        let weighted = [
          (3, fields.flatMap(\.titles)), (2, fields.flatMap(\.text)),
          (1, fields.flatMap(\.sources)),
        ]
        let weights = query.words.map { word in
          weighted.first { $0.1.contains { FoldedText($0).contains(word) } }?.0
        }
        guard weights.allSatisfy({ $0 != nil }) else { continue }
        score += weights.compactMap { $0 }.reduce(0, +)
        found.append(Found(item: ItemRef(section: number, index: index), score: score))
      }
    }
    return found.enumerated().sorted {
      $0.element.score != $1.element.score
        ? $0.element.score > $1.element.score : $0.offset < $1.offset
    }.map(\.element)
  }

  static let questions = [
    "germany", "flüchtlinge", "fluechtlinge", "herat", "brussels", "iom 1989", "1951-1954 germany",
    "strasse", "ue", "e", "ICEM constitution", "1957", "2016-2024", "gallery", "xylophone",
    "geneva venice", "’", "1989-1951",
  ]

  /// Each question, and each of its beginnings as it is typed.
  @Test(arguments: questions)
  func theIndexFindsWhatTheRulesSay(question: String) {
    for end in question.indices + [question.endIndex] {
      let query = SearchQuery(String(question[..<end]))
      #expect(Self.found(query) == Self.reference(Self.kiosk, query), "\(question[..<end])")
    }
  }

  /// A word of the end of one text and the start of the next is no match.
  @Test func noMatchRunsFromOneTextIntoTheNext() throws {
    let event = BuiltInContent.content.events[0]
    let label = FoldedText(event.label.text(.english)).bytes
    let title = FoldedText(event.title.text(.english)).bytes
    let across = String(decoding: label.suffix(2) + title.prefix(2), as: UTF8.self)
    let query = SearchQuery(across)
    #expect(Self.found(query) == Self.reference(Self.kiosk, query))
  }

  /// Folding a scalar at a time for the index gives the bytes folding a
  /// character at a time gives for showing matches: umlauts, "ue", ß,
  /// combining accents, emoji, other scripts and line ends mixed.
  @Test func bothFoldingsAgree() async {
    let pieces = [
      "a", "o", "u", "A", "O", "U", "e", "E", "ß", "ẞ", "ü", "Ü", "é", "e\u{301}", "u\u{308}", "👩‍💻",
      "🇩🇪", "한", "\r\n", "’", "–", "x", " ", "İ", "ﬁ", "Ω", "\u{200D}",
    ]
    let texts = Gen.int(in: 0...(pieces.count - 1)).map { pieces[$0] }.array(of: 0...24)
      .map { $0.joined() }
    await propertyCheck(count: 500, input: texts) { text in
      var fast: [UInt8] = []
      FoldedText.append(text, to: &fast)
      let folded = FoldedText(text)
      #expect(fast == folded.bytes, "\(text.unicodeScalars.map { $0.value })")
      #expect(folded.origin.count == folded.bytes.count)
      #expect(folded.origin.allSatisfy { $0 < text.count })
    }
  }
}

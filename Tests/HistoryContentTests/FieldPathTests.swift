import Testing

@testable import HistoryContent

/// Field paths are kept as parts and written out on demand; they must
/// read exactly as the strings the readers used to build at every step,
/// kept here as the reference, however deep and whatever the names.
@Suite struct FieldPathTests {
  /// The readers' old steps: `field.key` (no dot at the top) and `field[i]`.
  static func referenceName(_ field: String, _ name: String) -> String {
    field.isEmpty ? name : "\(field).\(name)"
  }

  static func referenceEntry(_ field: String, _ index: Int) -> String { "\(field)[\(index)]" }

  @Test func generatedPathsReadAsTheReference() {
    let names = [
      "events", "label", "en", "sources", "", "a[b", "é", "\u{600}", "x\u{301}", "[", "tag",
    ]
    var generator = TextScanTests.Generator(state: 2024)
    for _ in 0..<5_000 {
      var path = FieldPath.root
      var reference = ""
      for _ in 0..<Int.random(in: 0...9, using: &generator) {
        if Bool.random(using: &generator) {
          let name = names.randomElement(using: &generator)!
          path = path.appending(name)
          reference = Self.referenceName(reference, name)
        } else {
          let index = Int.random(in: 0...12_000, using: &generator)
          path = path.entry(index)
          reference = Self.referenceEntry(reference, index)
        }
        #expect(path.description == reference)
        #expect(path.isEmpty == reference.isEmpty)
        #expect(path.listName == String(reference.prefix { $0 != "[" }), "\(reference)")
      }
    }
  }

  @Test func readerPathsReadAsWritten() {
    let events = FieldPath.root.appending("events")
    #expect(
      events.entry(12).appending("label").appending("en").description == "events[12].label.en")
    let tag = events.entry(3).appending("sources").entry(0).appending("tag")
    #expect(tag.description == "events[3].sources[0].tag")
    #expect(events.entry(7).appending("id").listName == "events")
    #expect(FieldPath.root.description == "")
  }
}

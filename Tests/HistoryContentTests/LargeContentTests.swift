import Foundation
import Testing

@testable import HistoryContent

/// A large content set: what a curator is told, and the content the kiosk
/// gets, are the same as for a short one, each mistake found once and where
/// it is, however far from what it refers to.
@Suite struct LargeContentTests {
  /// A timeline of `count` generated events, seven lines each, with three
  /// mistakes: event `duplicate` reuses the id of event 1, event
  /// `badDate` has a date that is no day, and event `unknownEra` names an
  /// era that does not exist.
  static func timeline(count: Int, duplicate: Int, badDate: Int, unknownEra: Int) -> String {
    var text = """
      eras:
        - id: icm
          from: 1980
          name: {en: "ICM", de: "ICM"}
      events:

      """
    let story = String(repeating: "A sentence of a generated story, no fact. ", count: 8)
    for index in 0..<count {
      let id = index == duplicate ? "event-1" : "event-\(index)"
      let date = index == badDate ? "1980-02-30" : "\(1980 + index / 365)-01-01"
      let era = index == unknownEra ? "imc" : "icm"
      text += ContentFixtures.event(
        id: id, date: date, era: era,
        label: ("Event \(index)", "Ereignis \(index)"),
        title: ("Generated event \(index)", "Erzeugtes Ereignis \(index)"),
        story: (story, story), source: ("S", "iom-germany-who-we-are"))
    }
    return text
  }

  /// The line of event `index`'s first field (`id`), and of its `field`.
  static func line(ofEvent index: Int, field: Int = 0) -> Int { 6 + 7 * index + field }

  static func files(events count: Int, duplicate: Int, badDate: Int, unknownEra: Int)
    -> [String: String]
  {
    var files = ContentFixtures.builtInFiles
    files[TimelineFile.name] = timeline(
      count: count, duplicate: duplicate, badDate: badDate, unknownEra: unknownEra)
    return files
  }

  /// The errors expected for the three mistakes, in the order of the file.
  static func expectedErrors(duplicate: Int, badDate: Int, unknownEra: Int) -> [String] {
    [
      "timeline.yaml:\(line(ofEvent: badDate, field: 1)):11: events[\(badDate)].date: `1980-02-30` is not a day of the calendar — check the month and day",
      "timeline.yaml:\(line(ofEvent: unknownEra, field: 2)):10: events[\(unknownEra)].era: there is no era `imc` — use one of the known eras: `icm`",
      "timeline.yaml:\(line(ofEvent: duplicate)):9: events[\(duplicate)].id: the id `event-1` is already used on line \(line(ofEvent: 1)) — give this item an id of its own",
    ]
  }

  @Test(arguments: [
    // Short, and long with each mistake far from what it refers to.
    (count: 40, duplicate: 35, badDate: 20, unknownEra: 30),
    (count: 3_000, duplicate: 2_999, badDate: 1_499, unknownEra: 1_500),
  ])
  func mistakesAreFoundOnceWhereTheyAre(count: Int, duplicate: Int, badDate: Int, unknownEra: Int) {
    let files = Self.files(
      events: count, duplicate: duplicate, badDate: badDate, unknownEra: unknownEra)
    let report = ContentLoader.validate(files: files)
    #expect(report.content == nil)
    #expect(
      report.errors.map(\.description)
        == Self.expectedErrors(duplicate: duplicate, badDate: badDate, unknownEra: unknownEra))
  }

  /// An era named only by an event that could not be read is still named:
  /// the curator hears of the event's mistake, not of an era without events.
  @Test(arguments: [40, 3_000])
  func anEraNamedOnlyByABrokenEventIsNamed(count: Int) {
    var files = Self.files(events: count, duplicate: -1, badDate: count - 1, unknownEra: -1)
    let timeline = files[TimelineFile.name] ?? ""
    files[TimelineFile.name] = timeline.replacingOccurrences(
      of: "    name: {en: \"ICM\", de: \"ICM\"}\n",
      with:
        "    name: {en: \"ICM\", de: \"ICM\"}\n  - id: iom\n    from: 1989\n    name: {en: \"IOM\", de: \"IOM\"}\n"
    )
    .replacingOccurrences(
      of: "date: \"1980-02-30\"\n    era: icm", with: "date: \"1980-02-30\"\n    era: iom")
    #expect(files[TimelineFile.name]?.contains("- id: iom") == true)
    let report = ContentLoader.validate(files: files)
    #expect(report.errors.map(\.field) == ["events[\(count - 1)].date"])
    #expect(!report.warnings.contains { $0.message.contains("no event belongs") })
    // With the broken event gone, the era has none.
    files[TimelineFile.name] = files[TimelineFile.name]?.replacingOccurrences(
      of: "era: iom", with: "era: icm")
    let without = ContentLoader.validate(files: files)
    #expect(
      without.warnings.contains { $0.message.contains("no event belongs to the era `iom`") },
      "\(without.problems)")
  }

  @Test func aLargeTimelineLoadsWholeAndInOrder() throws {
    // No mistakes: the "mistakes" point past the end of the list.
    let files = Self.files(events: 3_000, duplicate: -1, badDate: -1, unknownEra: -1)
    let content = try ContentLoader.load(files: files)
    #expect(content.events.map(\.id) == (0..<3_000).map { "event-\($0)" })
    #expect(content.events[2_999].label.text(.german) == "Ereignis 2999")
    #expect(
      content.captions == (try ContentLoader.load(files: ContentFixtures.builtInFiles)).captions)
  }
}

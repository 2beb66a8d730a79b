import Foundation
import Synchronization
import Testing

@testable import HistoryContent

/// A large content set is read on two threads (`SideThread`): a long list
/// in two halves (`ListReading`), the other files beside `timeline.yaml`.
/// What a curator is told, and the content the kiosk gets, must be the same
/// as when one thread reads a short set.
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
        story: (story, story), source: ("S", "generated"))
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
    // Short: one thread. Long: the second half (from event 1,500 on) is
    // read on a side thread, so that each mistake sits in the other half
    // from the one it refers to.
    (count: 40, duplicate: 35, badDate: 20, unknownEra: 30),
    (count: 3_000, duplicate: 2_999, badDate: 1_499, unknownEra: 1_500),
  ])
  func mistakesAreFoundOnceWhereTheyAre(count: Int, duplicate: Int, badDate: Int, unknownEra: Int) {
    let files = Self.files(
      events: count, duplicate: duplicate, badDate: badDate, unknownEra: unknownEra)
    let large = files.values.reduce(0) { $0 + $1.utf8.count }
    #expect((large >= ContentLoader.bytesWorthASecondThread) == (count > 1_000))
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

  @Test func bothResultsComeBack() {
    let (here, there) = SideThread.run({ (1...1_000).reduce(0, +) }, alongside: { "side" })
    #expect(here == 500_500)
    #expect(there == "side")
  }

  /// The event loop lets its signals in only inside `ppoll`: a side thread
  /// must never be the one a signal is delivered to.
  @Test func aSideThreadTakesNoSignal() {
    let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH, SIGCONT, SIGUSR1]
    func blocked() -> [Bool] {
      var mask = sigset_t()
      pthread_sigmask(SIG_BLOCK, nil, &mask)
      return signals.map { sigismember(&mask, $0) == 1 }
    }
    let before = blocked()
    let (_, there) = SideThread.run({}, alongside: { blocked() })
    #expect(there == signals.map { _ in true })
    #expect(blocked() == before, "the caller's mask is put back")
  }

  /// Where a `Watched` was let go of.
  final class Record: Sendable {
    let thread = Mutex<pthread_t?>(nil)
  }

  /// Notes in its record the thread it is let go of on.
  final class Watched: Sendable {
    let record: Record
    init(_ record: Record) { self.record = record }
    deinit { record.thread.withLock { $0 = pthread_self() } }
  }

  @Test func aDiscardedValueIsLetGoOfOnAnotherThread() async throws {
    let record = Record()
    SideThread.discard(Watched(record))
    // The thread is not waited for; it ends within moments.
    for _ in 0..<500 where record.thread.withLock({ $0 }) == nil {
      try await Task.sleep(for: .milliseconds(10))
    }
    let thread = try #require(record.thread.withLock { $0 })
    #expect(pthread_equal(thread, pthread_self()) == 0)
  }
}

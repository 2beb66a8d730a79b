/// What visitors did, read from kiosk logs: the figures `iom-history stats`
/// prints. A visit is a run of a visitor's activity between two idle resets
/// (or a start or stop of the kiosk); its length runs from its first logged
/// action to its last. Nothing here names a visitor: the log holds nothing
/// that could.
public struct UsageReport: Sendable {
  public struct Visit: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var usedGerman: Bool
    public var length: Int { end - start }
  }

  public var visits: [Visit]
  /// Visits that began on each day (UTC).
  public var visitsPerDay: [CivilDate: Int]
  /// Visits that began in each hour of the day (UTC), 0 to 23.
  public var visitsPerHour: [Int]
  /// A visit's length in seconds: the lower quartile, the median, the upper.
  public var lengthQuartiles: (Double, Double, Double)?
  /// How often each section and each item was opened, most first.
  public var sections: [(name: String, count: Int)]
  public var items: [(name: String, count: Int)]
  /// The share of visits that used German, 0 to 1.
  public var germanShare: Double?
  public var attractInterrupted: Int
  /// How many searches were opened (their words are never logged).
  public var searches: Int
  /// Lines that were no log lines, skipped.
  public var damagedLines: Int

  /// Reads the text of every log (the current file and rotated ones, in any
  /// order) and counts from `since` on.
  public init(logs: [String], since: CivilDate? = nil) {
    var records: [LogRecord] = []
    var damaged = 0
    for log in logs {
      for line in log.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
        if let record = LogRecord(line: line) { records.append(record) } else { damaged += 1 }
      }
    }
    // Rotated files hold the older lines; sorting (stably) puts them first.
    records = records.enumerated().sorted {
      $0.element.time != $1.element.time ? $0.element.time < $1.element.time : $0.offset < $1.offset
    }.map(\.element)
    if let since {
      let start = since.daysSince1970 * 86_400
      records.removeAll { $0.time < start }
    }
    self.init(records: records, damagedLines: damaged)
  }

  init(records: [LogRecord], damagedLines: Int) {
    var visits: [Visit] = []
    var current: Visit?
    var startLanguage = "en"
    var language = "en"
    var sections: [String: Int] = [:]
    var items: [String: Int] = [:]
    var attractInterrupted = 0
    var searches = 0
    func close() {
      if let visit = current { visits.append(visit) }
      current = nil
      language = startLanguage
    }
    for record in records {
      switch record.event {
      case .start, .stop, .idleReset:
        close()
      case .startLanguage(let code):
        startLanguage = code
        language = code
      case .attractEnded: attractInterrupted += 1
      case .sectionOpened(let name): sections[name, default: 0] += 1
      case .itemOpened(let name): items[name, default: 0] += 1
      case .searchOpened: searches += 1
      case .language(let code): language = code
      case .other: break
      }
      guard record.event.isActivity else { continue }
      if current == nil {
        current = Visit(start: record.time, end: record.time, usedGerman: language == "de")
      }
      current?.end = record.time
      if language == "de" { current?.usedGerman = true }
    }
    close()

    self.visits = visits
    var perDay: [CivilDate: Int] = [:]
    var perHour = [Int](repeating: 0, count: 24)
    for visit in visits {
      perDay[CivilDate(daysSince1970: visit.start / 86_400), default: 0] += 1
      perHour[(visit.start % 86_400) / 3600] += 1
    }
    visitsPerDay = perDay
    visitsPerHour = perHour
    lengthQuartiles = Self.quartiles(visits.map { Double($0.length) })
    self.sections = Self.ranked(sections)
    self.items = Self.ranked(items)
    germanShare =
      visits.isEmpty ? nil : Double(visits.filter(\.usedGerman).count) / Double(visits.count)
    self.attractInterrupted = attractInterrupted
    self.searches = searches
    self.damagedLines = damagedLines
  }

  static func ranked(_ counts: [String: Int]) -> [(name: String, count: Int)] {
    counts.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
  }

  /// Quartiles by linear interpolation between the closest ranks.
  static func quartiles(_ values: [Double]) -> (Double, Double, Double)? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    func at(_ fraction: Double) -> Double {
      let position = fraction * Double(sorted.count - 1)
      let lower = Int(position)
      let upper = min(lower + 1, sorted.count - 1)
      return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
    return (at(0.25), at(0.5), at(0.75))
  }
}

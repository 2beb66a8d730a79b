import Testing

@testable import UsageStats

/// The figures of `iom-history stats`, on a generated week of kiosk logs.
@Suite struct UsageReportTests {
  /// 2026-11-30, a Monday, 00:00 UTC.
  static let monday = CivilDate(year: 2026, month: 11, day: 30).daysSince1970 * 86_400

  static func stamp(_ time: Int) -> String {
    let date = CivilDate(daysSince1970: time / 86_400)
    let seconds = time % 86_400
    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(date)T\(pad(seconds / 3600)):\(pad(seconds / 60 % 60)):\(pad(seconds % 60))Z"
  }

  /// One visit: a key ends the attract loop, then the visitor's actions at
  /// the given seconds, then the idle reset 90 s after the last.
  static func visit(at start: Int, german: Bool, actions: [(Int, String)]) -> [String] {
    var lines = ["\(stamp(start)) attract loop ended by a key"]
    if german { lines.append("\(stamp(start + 1)) language: de") }
    lines += actions.map { "\(stamp(start + $0.0)) \($0.1)" }
    let last = actions.last.map { start + $0.0 } ?? start
    lines.append("\(stamp(last + 90)) idle reset: attract loop started")
    return lines
  }

  /// Seven days from 09:00, three visits a day at 10:00, 12:00 and 15:00
  /// lasting 30, 60 and 120 s; the 15:00 visitor reads in German and searches.
  static let week: [String] = {
    var lines: [String] = []
    for day in 0..<7 {
      let morning = monday + day * 86_400
      lines += [
        "\(stamp(morning + 9 * 3600)) start", "\(stamp(morning + 9 * 3600)) start language: en",
      ]
      lines += visit(
        at: morning + 10 * 3600, german: false,
        actions: [(10, "section opened: work areas"), (30, "item opened: work/protection")])
      lines += visit(
        at: morning + 12 * 3600, german: false,
        actions: [(20, "item opened: timeline/1951-brussels"), (60, "section opened: timeline")])
      lines += visit(
        at: morning + 15 * 3600, german: true,
        actions: [
          (5, "search opened"), (40, "item opened: timeline/1951-brussels"),
          (120, "section opened: photo exhibition"),
        ])
      lines.append("\(stamp(morning + 18 * 3600)) stop: signal 15")
    }
    return lines
  }()

  @Test func theCalendarRoundTrips() {
    #expect(CivilDate(year: 1970, month: 1, day: 1).daysSince1970 == 0)
    #expect(CivilDate(year: 2000, month: 3, day: 1).daysSince1970 == 11_017)
    for days in stride(from: -1000, through: 30_000, by: 37) {
      #expect(CivilDate(daysSince1970: days).daysSince1970 == days)
    }
    #expect(LogRecord(line: "2026-12-07T10:15:02Z start")?.time == 1_796_638_502)
  }

  @Test func aWeekOfVisits() {
    let report = UsageReport(logs: [Self.week.joined(separator: "\n")])
    #expect(report.visits.count == 21)
    #expect(report.visitsPerDay.count == 7)
    #expect(report.visitsPerDay.values.allSatisfy { $0 == 3 })
    #expect(report.visitsPerHour[10] == 7 && report.visitsPerHour[12] == 7)
    #expect(report.visitsPerHour[15] == 7 && report.visitsPerHour.reduce(0, +) == 21)
    let quartiles = report.lengthQuartiles
    #expect(quartiles?.0 == 30 && quartiles?.1 == 60 && quartiles?.2 == 120)
    #expect(report.sections.map(\.name) == ["photo exhibition", "timeline", "work areas"])
    #expect(report.items.first?.name == "timeline/1951-brussels")
    #expect(report.items.first?.count == 14)
    #expect(abs((report.germanShare ?? 0) - 1.0 / 3) < 1e-9)
    #expect(report.attractInterrupted == 21)
    #expect(report.searches == 7)
    #expect(report.damagedLines == 0)
  }

  @Test func damagedAndForeignLinesAreCountedAndSkipped() {
    var lines = Self.week
    lines.insert("garbage that is no log line", at: 5)
    lines.insert("2026-13-40T99:99:99Z start", at: 9)
    lines.insert("\u{1B}[31m2026-12-01T10:00:00Z attract loop ended by a key", at: 12)
    lines[20] = String(lines[20].prefix(10))  // a line cut short by a full disk
    let report = UsageReport(logs: [lines.joined(separator: "\n")])
    #expect(report.damagedLines == 4)
    #expect(report.visits.count == 21)
  }

  @Test func rotatedLogsGiveTheSameFiguresInAnyOrder() {
    let whole = UsageReport(logs: [Self.week.joined(separator: "\n")])
    let cut = Self.week.count / 2
    let older = Self.week[..<cut].joined(separator: "\n")
    let newer = Self.week[cut...].joined(separator: "\n")
    let rotated = UsageReport(logs: [newer, older])
    #expect(rotated.visits == whole.visits)
    #expect(rotated.items.map(\.count) == whole.items.map(\.count))
  }

  @Test func sinceLeavesOutTheDaysBefore() {
    let report = UsageReport(
      logs: [Self.week.joined(separator: "\n")], since: CivilDate(year: 2026, month: 12, day: 4))
    #expect(report.visits.count == 9)
    #expect(report.visitsPerDay.keys.min() == CivilDate(year: 2026, month: 12, day: 4))
  }

  @Test func theTextHasTablesAndBarsAndTheJSONEveryFigure() {
    let report = UsageReport(logs: [Self.week.joined(separator: "\n")])
    let text = report.text()
    #expect(text.contains("Visits: 21"))
    #expect(text.contains("Visit length: median 1 min 00 s (quartiles 30 s and 2 min 00 s)"))
    #expect(text.contains("In German: 33 % of visits"))
    #expect(text.contains("2026-11-30      3 " + String(repeating: "█", count: 30)))
    let ascii = report.text(asciiOnly: true)
    #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII })
    let json = report.json()
    #expect(json.contains("\"visits\": 21"))
    #expect(json.contains("\"visits_per_day\": {\"2026-11-30\": 3,"))
    #expect(json.contains("\"searches\": 7"))
    #expect(json.contains("\"median\": 60.0"))
  }

  @Test func anEmptyLogSaysSo() {
    let report = UsageReport(logs: [""])
    #expect(report.visits.isEmpty)
    #expect(report.germanShare == nil)
    #expect(report.text().contains("Visits: 0"))
  }
}

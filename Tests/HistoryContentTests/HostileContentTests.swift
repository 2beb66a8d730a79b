import Foundation
import Testing

@testable import HistoryContent

/// Content written to fool or stall the curator's tools: escape sequences
/// in field names, aliases that multiply a file, values that look like
/// dates around a hidden control.
@Suite struct HostileContentTests {
  func report(replacing name: String, with text: String) -> ContentReport {
    var files = ContentFixtures.builtInFiles
    files[name] = text
    return ContentLoader.validate(files: files)
  }

  /// A scalar a terminal would act on, or a line break.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
      || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
      || [0x200E, 0x200F, 0x2028, 0x2029].contains(scalar.value)
  }

  /// Every kind of control, written as YAML writes it in double quotes;
  /// printable text, accents and a backslash stay as they are.
  @Test func controlsAreWrittenOutAsYAMLEscapes() {
    #expect(
      Visible.text("a\u{1B}[2J\u{7}\u{8}\t\n\r\u{0}\u{7F}\u{85}\u{9B}\u{202E}\u{2066}\u{2028}é\\")
        == "a\\e[2J\\a\\b\\t\\n\\r\\0\\x7F\\x85\\x9B\\u202E\\u2066\\u2028é\\")
    #expect(Visible.text("IOM at a glance – 1951") == "IOM at a glance – 1951")
  }

  @Test func fieldNamesWithEscapesAndNewlinesAreShownWrittenOut() {
    let text = """
      areas:
        - id: protection
          "\\e]0;owned\\a\\e[2J": 1
          "x\\ncontent OK: 9 eras": 1
          "\\x9b2J\\u202E\\b": 1

      """
    let lines = report(replacing: WorkFile.name, with: text).problems.map(\.description)
    #expect(
      lines.contains(
        "work.yaml:3:5: areas[0].\\e]0;owned\\a\\e[2J: unknown field `\\e]0;owned\\a\\e[2J` — remove it, or use one of: id, label, title, text, figures, sources"
      ), "\(lines)")
    #expect(
      lines.contains(
        "work.yaml:4:5: areas[0].x\\ncontent OK: 9 eras: unknown field `x\\ncontent OK: 9 eras` — remove it, or use one of: id, label, title, text, figures, sources"
      ), "\(lines)")
    #expect(
      lines.contains(
        "work.yaml:5:5: areas[0].\\x9B2J\\u202E\\b: unknown field `\\x9B2J\\u202E\\b` — remove it, or use one of: id, label, title, text, figures, sources"
      ), "\(lines)")
    for line in lines {
      #expect(!line.unicodeScalars.contains(where: Self.isControl), "\(line.debugDescription)")
    }
  }

  /// The folder's name is the curator's too: it stands in every problem.
  @Test func aContentPathWithControlsIsShownWrittenOut() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("iom-\u{1B}]0;owned\u{07}\ncontent OK-\(UUID())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let lines = ContentLoader.validate(directory: directory).problems.map(\.description)
    #expect(lines.count == ContentLoader.fileNames.count)
    for line in lines {
      #expect(line.contains("iom-\\e]0;owned\\a\\ncontent OK-"), "\(line.debugDescription)")
      #expect(!line.unicodeScalars.contains(where: Self.isControl), "\(line.debugDescription)")
    }
  }

  /// A timeline whose first event anchors one large text and whose other
  /// events alias it: a file of 200 KB that would be 600 MB written out.
  static func aliasedTimeline(events: Int, textBytes: Int) -> String {
    let big = String(repeating: "A sentence of text. ", count: textBytes / 20)
    var text = """
      eras:
        - {id: icm, from: 1980, name: {en: "ICM", de: "ICM"}}
      events:
        - {id: event-0, date: "1980", era: icm, label: {en: L, de: L}, title: {en: T, de: T}, story: {en: &big "\(big)", de: *big}, sources: [{tag: C, id: iom-constitution, text: {en: r, de: r}}]}

      """
    for index in 1..<events {
      text +=
        "  - {id: event-\(index), date: \"1980\", era: icm, label: {en: L, de: L}, title: {en: T, de: T}, story: {en: *big, de: *big}, sources: [{tag: C, id: iom-constitution, text: {en: r, de: r}}]}\n"
    }
    return text
  }

  @Test func aliasesCountAsTheTextTheyRepeat() throws {
    let text = Self.aliasedTimeline(events: 3_000, textBytes: 100_000)
    #expect(text.utf8.count < DisplayLimits.maximumFileBytes)
    let problems = report(replacing: TimelineFile.name, with: text).errors
    #expect(problems.count == 1, "\(problems.map(\.description))")
    let problem = try #require(problems.first)
    // 100 KB a text: the 52nd copy is the one past 5 MB, the first event's
    // German story (line 4) and 51 aliases of the 25 events after it.
    #expect(problem.file == TimelineFile.name)
    #expect(problem.line == 4 + 26)
    #expect(problem.field == "events[26].story.en")
    #expect(
      problem.message
        == "the alias *big repeats so much that the file would hold more than the 5 MB a content file may hold — write the text out where it is needed"
    )
    let line = text.split(separator: "\n")[problem.line - 1]
    let column = line.unicodeScalars.index(
      line.unicodeScalars.startIndex, offsetBy: problem.column - 1)
    #expect(line.unicodeScalars[column...].starts(with: "*big".unicodeScalars))
  }

  /// The same with a few aliases stays content: aliases are allowed.
  @Test func aFewAliasesAreFine() {
    let text = Self.aliasedTimeline(events: 3, textBytes: 1_000)
    let report = report(replacing: TimelineFile.name, with: text)
    #expect(report.errors.isEmpty, "\(report.errors)")
    #expect(
      report.content?.events.map(\.story)
        == Array(repeating: report.content?.events[0].story, count: 3).compactMap { $0 })
  }

  /// Aliases of aliases, each level ten times the one below ("a billion
  /// laughs"): refused at the level that passes the limit.
  @Test func nestedAliasesAreRefused() {
    var text = "l0: &l0 [\"" + String(repeating: "ha", count: 50) + "\"]\n"
    for level in 1...9 {
      text +=
        "l\(level): &l\(level) ["
        + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
    }
    let result = Result { () throws(YAMLError) in try YAMLComposer.compose(text) }
    guard case .failure(.expandsTooFar(let anchor, let field, _)) = result else {
      Issue.record("composed: \(result)")
      return
    }
    #expect(anchor == "l4")
    #expect(field.hasPrefix("l5["))
  }

  @Test func aDateInYearZeroIsRefused() {
    var timeline = ContentFixtures.builtInFiles[TimelineFile.name] ?? ""
    timeline = timeline.replacingOccurrences(of: "date: \"1951-11-26\"", with: "date: \"0000\"")
    let errors = report(replacing: TimelineFile.name, with: timeline).errors
    #expect(
      errors.map(\.description) == [
        "timeline.yaml:93:11: events[0].date: `0000` is outside the years 1900–2100 — check the year"
      ])
  }

  /// Digits behind a hidden control are a forbidden character, not a date
  /// or a number in the wrong form.
  @Test(arguments: [
    ("\\e1954", "an escape sequence (ESC 1)"),
    ("\\u202E1954", "the bidi control U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    ("\\x9b1954", "a CSI escape sequence (U+009B)"),
  ])
  func digitsBehindAControlAreAForbiddenCharacter(value: String, what: String) {
    var timeline = ContentFixtures.builtInFiles[TimelineFile.name] ?? ""
    timeline = timeline.replacingOccurrences(of: "date: \"1951-11-26\"", with: "date: \"\(value)\"")
      .replacingOccurrences(of: "    from: 1951\n", with: "    from: \"\(value)\"\n")
    let errors = report(replacing: TimelineFile.name, with: timeline).errors
    let message = "contains \(what) — delete it: the kiosk shows only printable text"
    #expect(
      errors.map(\.description) == [
        "timeline.yaml:76:11: eras[0].from: \(message)",
        "timeline.yaml:93:11: events[0].date: \(message)",
      ])
  }
}

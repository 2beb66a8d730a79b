import Foundation
import HistoryContent
import Testing

/// Broken content is refused with the file, line and field of each mistake.
@Suite struct ContentErrorTests {
  /// The built-in files with one of them replaced.
  func files(replacing name: String, with text: String) -> [String: String] {
    var files = ContentFixtures.builtInFiles
    files[name] = text
    return files
  }

  func problems(_ files: [String: String]) -> [ContentProblem] {
    do {
      _ = try ContentLoader.load(files: files)
      return []
    } catch {
      return error.problems
    }
  }

  @Test func theBuiltInFilesLoad() {
    #expect(problems(ContentFixtures.builtInFiles).isEmpty)
  }

  @Test func aSyntaxErrorNamesTheLine() throws {
    let text = "areas:\n  - id: protection\n    label: {en: \"Protection\"\n"
    let found = problems(files(replacing: "work.yaml", with: text))
    let problem = try #require(found.first)
    #expect(problem.file == "work.yaml")
    #expect(problem.line == 4)
    #expect(problem.message.hasPrefix("YAML syntax error"))
  }

  @Test func aMissingFieldNamesTheItem() {
    let text = """
      areas:
        - id: protection
          label: {en: "Protection", de: "Protection"}
          text: {en: "Some text.", de: "Some text."}
          sources: [{tag: S, id: iom-germany-who-we-are, text: {en: "s", de: "s"}}]
      """
    let found = problems(files(replacing: "work.yaml", with: text))
    #expect(
      found == [
        ContentProblem(
          file: "work.yaml", line: 2, column: 5, field: "areas[0].title",
          message: "missing required field `title` — add `title:` to this item")
      ])
  }

  @Test func anUnknownFieldSuggestsTheRightOne() {
    let text = """
      areas:
        - id: protection
          label: {en: "Protection", de: "Protection"}
          titel: {en: "Protection", de: "Protection"}
          title: {en: "Protection", de: "Protection"}
          text: {en: "Some text.", de: "Some text."}
          sources: [{tag: S, id: iom-germany-who-we-are, text: {en: "s", de: "s"}}]
      """
    let found = problems(files(replacing: "work.yaml", with: text))
    #expect(
      found.map(\.description) == [
        "work.yaml:4:5: areas[0].titel: unknown field `titel` — did you mean `title`?"
      ])
  }

  /// Both are reported, from the top of the file down.
  @Test func anUnknownEraAndAnEventOutOfOrderAreBothReported() {
    let text = """
      eras:
        - {id: icm, from: 1980, to: 1989, name: {en: "ICM", de: "ICM"}}
      events:
      \(ContentFixtures.event(id: "one", date: "1989", era: "icm"))\
      \(ContentFixtures.event(id: "two", date: "1980", era: "iom"))
      """
    let found = problems(files(replacing: "timeline.yaml", with: text)).map(\.description)
    #expect(
      found == [
        "timeline.yaml:12:11: events[1].date: 1980 comes before the event above it (1989) — keep events oldest first",
        "timeline.yaml:13:10: events[1].era: there is no era `iom` — use one of the known eras: `icm`",
      ])
  }

  @Test func aTextMissingInOneLanguageIsFound() {
    var text = ContentFixtures.builtInFiles["exhibition.yaml"]!
    // Drop the German title of the exhibition.
    text = text.replacingOccurrences(
      of: #"title: {en: "70 Years IOM Germany", de: "70 Jahre IOM Deutschland"}"#,
      with: #"title: {en: "70 Years IOM Germany"}"#)
    let found = problems(files(replacing: "exhibition.yaml", with: text))
    #expect(found.count == 1)
    #expect(found.first?.field == "exhibition.title")
    #expect(found.first?.message.contains("`de` is missing") == true)
  }

  @Test func aDirectoryWithAMissingFileIsRefusedWhole() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "iom-content-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try ContentFixtures.builtInFiles["timeline.yaml"]!.write(
      to: directory.appendingPathComponent("timeline.yaml"), atomically: true, encoding: .utf8)
    try Data([0xC3, 0x28]).write(to: directory.appendingPathComponent("work.yaml"))
    do {
      _ = try ContentLoader.load(directory: directory.path)
      Issue.record("a broken directory loaded")
    } catch {
      let messages = error.problems.map(\.description)
      #expect(messages.count == 3)
      #expect(
        messages[0].hasSuffix(
          "work.yaml:1:1: is not UTF-8 text (byte 0xC3) — save the file with UTF-8 encoding"))
      #expect(messages[1].contains("exhibition.yaml: is missing"))
      #expect(messages[2].contains("SOURCES.md: is missing"))
    }
  }
}

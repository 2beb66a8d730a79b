import BuiltInContent
import Foundation
import HistoryContent
import Testing

/// Errors refuse the content, warnings do not; both come from the same
/// checks whether the kiosk starts or a curator runs `validate`.
@Suite struct ContentValidationTests {
  /// The built-in files with some of their text replaced.
  func files(_ name: String, replacing old: String, with new: String) -> [String: String] {
    var files = ContentFixtures.builtInFiles
    let text = files[name] ?? ""
    #expect(text.contains(old), "the shipped \(name) no longer holds \(old)")
    files[name] = text.replacingOccurrences(of: old, with: new)
    return files
  }

  /// The shipped content is clean but for one caption without a credit
  /// line, which the source record says was not recovered: left out, not
  /// guessed.
  @Test func theShippedContentHasOnlyTheExpectedWarning() {
    let report = ContentLoader.validate(files: ContentFixtures.builtInFiles)
    #expect(report.content != nil)
    #expect(
      report.problems.map(\.description) == [
        "exhibition.yaml:122:5: warning: captions[3].credit: no credit line: allowed — the kiosk names the online gallery instead; add the exact credit line if it is known"
      ])
    #expect(BuiltInContent.validate().problems == report.problems)
  }

  @Test func warningsDoNotRefuseTheContent() throws {
    let files = files(
      "work.yaml", replacing: #"label: {en: "Protection", de: "Schutz"}"#,
      with: #"label: {en: "Protection of migrants in Germany", de: "Schutz"}"#)
    let content = try ContentLoader.load(files: files)
    #expect(content.areas[1].label.text(.english) == "Protection of migrants in Germany")
    let report = ContentLoader.validate(files: files)
    #expect(report.errors.isEmpty)
    #expect(report.warnings.map(\.field) == ["areas[1].label.en", "captions[3].credit"])
  }

  /// A source must name an entry of SOURCES.md: the error stands at the id.
  @Test func aSourceWithoutAnEntryInTheRecordIsRefused() {
    let files = files(
      "timeline.yaml", replacing: "      id: frus-1951-iv-83\n", with: "      id: frus-1951-iv-84\n"
    )
    #expect(
      ContentLoader.validate(files: files).errors.map(\.description) == [
        "timeline.yaml:118:13: events[0].sources[0].id: `frus-1951-iv-84` has no entry in SOURCES.md — add a heading `### frus-1951-iv-84` there with the exact reference, or name an entry it has"
      ])
  }

  /// The record's entries are its `### ` headings, and nothing else.
  @Test func theRecordsEntriesAreItsThirdLevelHeadings() {
    var files = ContentFixtures.builtInFiles
    files["SOURCES.md"] = "# Record\n\n## Sources\n\n#### frus-1951-iv-83\ntext\n"
    let errors = ContentLoader.validate(files: files).errors
    #expect(errors.contains { $0.message.hasPrefix("`frus-1951-iv-83` has no entry") })
    files["SOURCES.md"] = (files["SOURCES.md"] ?? "") + "### frus-1951-iv-83\r\n"
    #expect(
      !ContentLoader.validate(files: files).errors.contains {
        $0.message.hasPrefix("`frus-1951-iv-83` has no entry")
      })
  }

  @Test func aMissingRecordIsNamed() {
    var files = ContentFixtures.builtInFiles
    files["SOURCES.md"] = nil
    #expect(
      ContentLoader.validate(files: files).errors.map(\.description) == [
        "SOURCES.md: is missing — a content directory holds timeline.yaml, work.yaml, exhibition.yaml, SOURCES.md"
      ])
  }

  /// A timeline label has the year before it: 23 columns fit, 24 do not.
  @Test func aDatedLabelOverItsRoomIsWarnedAbout() {
    let fits = files(
      "timeline.yaml", replacing: #"{en: "Brussels conference", de: "Konferenz in Brüssel"}"#,
      with: #"{en: "Brussels conference 1951", de: "Konferenz in Brüssel 51"}"#)
    #expect(
      ContentLoader.validate(files: fits).warnings.map(\.field) == [
        "events[0].label.en", "captions[3].credit",
      ])
    #expect(
      ContentLoader.validate(files: fits).warnings.first?.message.hasSuffix(
        "is 24 columns wide and will be cut with … in the list — shorten it to 23 columns") == true)
  }

  @Test func refusedContentCarriesItsErrorsOnly() {
    let files = files(
      "exhibition.yaml", replacing: #"place: {en: "Geneva", de: "Genf"}"#,
      with: #"place: {en: "", de: "Genf"}"#)
    #expect(ContentLoader.validate(files: files).warnings.count == 1)
    do {
      _ = try ContentLoader.load(files: files)
      Issue.record("content with an empty text loaded")
    } catch {
      #expect(error.problems.map(\.field) == ["exhibition.place.en"])
      #expect(error.problems.allSatisfy { $0.isError })
    }
  }

  @Test func aWarningSaysSoAfterItsPlace() {
    let problem = ContentProblem(
      file: "work.yaml", line: 3, column: 5, field: "areas[0].label.en", message: "m",
      severity: .warning)
    #expect(problem.description == "work.yaml:3:5: warning: areas[0].label.en: m")
  }

  /// Too large to keep in the corpus: written to a temporary folder.
  @Test func aFileOverFiveMegabytesIsRefusedUnread() throws {
    let directory = try temporaryCopyOfTheShippedContent()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let big = ContentCorpusCase.padded(
      ContentFixtures.builtInFiles["timeline.yaml"] ?? "", to: 5 * 1024 * 1024 + 1)
    try big.write(to: URL(fileURLWithPath: directory).appendingPathComponent("timeline.yaml"))
    let report = ContentLoader.validate(directory: directory)
    #expect(
      report.errors.map(\.description) == [
        "\(directory)/timeline.yaml: is 5.1 MB, more than the 5 MB a content file may hold — keep only the texts in it (the shipped files together are under 100 KB)"
      ])
    // Exactly at the limit is allowed.
    let atLimit = ContentCorpusCase.padded(
      ContentFixtures.builtInFiles["timeline.yaml"] ?? "", to: 5 * 1024 * 1024)
    try atLimit.write(to: URL(fileURLWithPath: directory).appendingPathComponent("timeline.yaml"))
    #expect(ContentLoader.validate(directory: directory).errors.isEmpty)
  }

  @Test func textHandedOverDirectlyMeetsTheSameSizeLimit() {
    var files = ContentFixtures.builtInFiles
    files["work.yaml"] = String(repeating: "# x\n", count: 1_500_000)
    #expect(
      ContentLoader.validate(files: files).errors.map(\.description) == [
        "work.yaml: is 5.8 MB, more than the 5 MB a content file may hold — keep only the texts in it (the shipped files together are under 100 KB)"
      ])
  }

  /// Exactly what `Sanitizer.isForbidden` refuses, except line breaks and
  /// tabs, which YAML itself writes into values.
  @Test(arguments: Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x200E, 0x202E, 0x2066])
  func everyForbiddenCharacterIsRefused(_ code: Int) {
    let escaped =
      "\\u" + String(repeating: "0", count: 4 - String(code, radix: 16).count)
      + String(code, radix: 16)
    let files = files(
      "work.yaml", replacing: #"label: {en: "Protection", de: "Schutz"}"#,
      with: #"label: {en: "Pro\#(escaped)tection", de: "Schutz"}"#)
    let errors = ContentLoader.validate(files: files).errors
    if code == 0x09 || code == 0x0A {
      #expect(errors.isEmpty, "U+\(code)")
    } else {
      #expect(errors.map(\.field) == ["areas[1].label.en"], "U+\(code)")
      #expect(errors.first?.message.hasPrefix("contains ") == true, "U+\(code)")
    }
  }

  /// Windows editors write CRLF line ends and often a byte order mark.
  @Test func windowsLineEndsAndAByteOrderMarkAreFine() throws {
    let directory = try temporaryCopyOfTheShippedContent()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for name in ContentLoader.fileNames {
      let text = ContentFixtures.builtInFiles[name] ?? ""
      let windows = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
      try windows.write(
        toFile: (directory as NSString).appendingPathComponent(name), atomically: true,
        encoding: .utf8)
    }
    let report = ContentLoader.validate(directory: directory)
    #expect(report.errors.isEmpty, "\(report.errors)")
    #expect(report.content == ContentLoader.validate(files: ContentFixtures.builtInFiles).content)
  }

  /// Whatever a file holds, the loader answers with problems, never a crash.
  @Test(arguments: [
    "", "---\n...\n", "- a\n- b\n", "42", "areas: 7", "areas: [[[[[[[[[[]]]]]]]]]]",
    String(repeating: "[", count: 5_000), String(repeating: "a: {", count: 2_000),
    "areas:\n  - &a {id: x}\n  - *a\n", "areas:\n  - *nowhere\n", "\u{1B}]52;c;eA==\u{7}",
    "areas:\n  - {" + String(repeating: "x", count: 100_000) + ": 1}\n",
    "areas:\n  - id: x\n    label: {en: [1, {a: b}], de: null}\n    title: ~\n    text: {}\n",
    "areas:\n  - {id: x, figures: [{value: 99999999999999999999999}], sources: []}\n",
  ])
  func anyTextGivesProblemsNotACrash(_ text: String) {
    var files = ContentFixtures.builtInFiles
    files["work.yaml"] = text
    let report = ContentLoader.validate(files: files)
    #expect(report.content == nil)
    #expect(!report.errors.isEmpty)
  }

  @Test func aDirectoryThatIsNotOneIsNamed() {
    let report = ContentLoader.validate(directory: "/nonexistent/content")
    #expect(
      report.problems.map(\.description) == [
        "/nonexistent/content: is not a directory — give the folder that holds timeline.yaml, work.yaml, exhibition.yaml, SOURCES.md"
      ])
  }

  private func temporaryCopyOfTheShippedContent() throws -> String {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("iom-content-\(UUID())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    for name in ContentLoader.fileNames {
      try (ContentFixtures.builtInFiles[name] ?? "").write(
        toFile: (directory as NSString).appendingPathComponent(name), atomically: true,
        encoding: .utf8)
    }
    return directory
  }
}

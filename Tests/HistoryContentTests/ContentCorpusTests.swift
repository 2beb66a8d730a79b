import Foundation
import Testing

/// Every broken content directory in `Tests/ContentCorpus/` gives exactly
/// the problems its `expected.txt` lists, at exactly those places.
///
/// After an intended change of a message, refresh the expectations with
/// `UPDATE_CORPUS=1 swift test --filter ContentCorpusTests` and review the
/// diff like code.
@Suite struct ContentCorpusTests {
  @Test func theCorpusCoversEnoughCases() {
    #expect(ContentCorpusCase.all.count >= 30)
  }

  @Test(arguments: ContentCorpusCase.all)
  func brokenContentGivesExactlyTheExpectedProblems(_ corpusCase: ContentCorpusCase) throws {
    let actual = try corpusCase.actual()
    if ProcessInfo.processInfo.environment["UPDATE_CORPUS"] == "1" {
      let path = (corpusCase.directory as NSString).appendingPathComponent("expected.txt")
      try (actual.joined(separator: "\n") + "\n").write(
        toFile: path, atomically: true, encoding: .utf8)
      return
    }
    let expected = try corpusCase.expected()
    #expect(!expected.isEmpty, "\(corpusCase.name): expected.txt lists no problem")
    #expect(actual == expected, "\(corpusCase.name)")
  }
}

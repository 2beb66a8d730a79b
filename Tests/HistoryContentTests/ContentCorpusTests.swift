import Foundation
import Testing

/// Every broken-content case in `Tests/ContentCorpus/` gives exactly the
/// problems its `expect` lines list, at exactly those places.
@Suite struct ContentCorpusTests {
  @Test func theCorpusCoversEnoughCases() {
    #expect(ContentCorpusCase.all.count >= 50)
  }

  @Test(arguments: ContentCorpusCase.all)
  func brokenContentGivesExactlyTheExpectedProblems(_ corpusCase: ContentCorpusCase) throws {
    let (expected, actual) = try corpusCase.run()
    #expect(
      actual == expected,
      "\(corpusCase.name) gives:\n\(actual.joined(separator: "\n"))")
  }
}

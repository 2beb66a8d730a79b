import KioskCore
import Testing

@testable import TermUI

/// The line under a search result: the item's text around the first match,
/// starting at a word a little before the match.
@Suite struct SearchExcerptTests {
  func excerpt(_ text: String, _ query: String, width: Int = 40) -> String {
    SearchView.excerpt(
      SearchFields(titles: ["A title"], text: [text]), SearchQuery(query).words, width: width)
  }

  @Test func startsAtAWordBeforeTheMatch() {
    let text = "A conference in Brussels founded PICMME, which moved migrants."
    #expect(excerpt(text, "picmme") == "…founded PICMME, which moved migrants.")
  }

  /// A paragraph's end is a word's start too: the word after it shows.
  @Test func startsAfterALineBreakAsAfterASpace() {
    let text = "A conference in Brussels\nfounded PICMME, which moved migrants."
    #expect(excerpt(text, "picmme") == "…founded PICMME, which moved migrants.")
  }

  @Test func aMatchAtTheStartShowsTheTextFromItsStart() {
    #expect(
      excerpt("PICMME was founded in Brussels.", "picmme") == "PICMME was founded in Brussels.")
  }
}

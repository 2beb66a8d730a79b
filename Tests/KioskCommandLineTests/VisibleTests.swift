import KioskCommandLine
import Testing

@Suite struct VisibleTests {
  @Test func controlsAreWrittenOut() {
    #expect(Visible.quoted("plain ä →") == "'plain ä →'")
    #expect(Visible.quoted("a\nb\tc\rd") == "'a\\nb\\tc\\rd'")
    #expect(Visible.quoted("\u{1B}[2J\u{07}\u{7F}\u{9B}") == "'\\u{1B}[2J\\u{7}\\u{7F}\\u{9B}'")
    #expect(Visible.quoted("\u{202E}evil\u{2066}") == "'\\u{202E}evil\\u{2066}'")
    #expect(Visible.quoted("back\\slash") == "'back\\\\slash'")
    #expect(Visible.escaped("/tmp/a\u{1B}]0;t\u{7}") == "/tmp/a\\u{1B}]0;t\\u{7}")
  }

  @Test func aLongArgumentIsCut() {
    let shown = Visible.quoted(String(repeating: "x", count: 1_000_000))
    #expect(shown == "'" + String(repeating: "x", count: Visible.maximumCharacters) + "…'")
  }
}

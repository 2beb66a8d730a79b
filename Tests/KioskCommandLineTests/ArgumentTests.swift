import KioskCommandLine
import Testing

@Suite struct ArgumentTests {
  @Test func controlsAreWrittenOut() {
    #expect(Argument.quoted("plain ä →") == "'plain ä →'")
    #expect(Argument.quoted("a\nb\tc\rd") == "'a\\nb\\tc\\rd'")
    #expect(Argument.quoted("\u{1B}[2J\u{07}\u{9B}") == "'\\e[2J\\a\\x9B'")
    #expect(Argument.quoted("\u{202E}evil") == "'\\u202Eevil'")
  }

  @Test func aLongArgumentIsCut() {
    let shown = Argument.quoted(String(repeating: "x", count: 1_000_000))
    #expect(shown == "'" + String(repeating: "x", count: Argument.maximumCharacters) + "…'")
    let exact = String(repeating: "y", count: Argument.maximumCharacters)
    #expect(Argument.quoted(exact) == "'" + exact + "'")
  }
}

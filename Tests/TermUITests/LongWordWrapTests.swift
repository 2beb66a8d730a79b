import Testing

@testable import TextLayout

/// A word longer than the line is cut piece by piece. Each cut must look
/// only at its own piece: measuring the rest of the word again after every
/// cut made wrapping quadratic (a 1 MB web address froze the kiosk for 47 s).
/// These sizes take minutes when the work is quadratic; linear, they take a
/// fraction of a second, far inside the time limit.
@Suite(.timeLimit(.minutes(1))) struct LongWordWrapTests {
  static let megabyte = 1 << 20

  func expectWrapped(_ word: String, width: Int) {
    let lines = Wrap.lines(word, width: width)
    #expect(lines.joined() == word)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
    #expect(lines.dropLast().allSatisfy { DisplayWidth.of($0) >= width - 1 })
  }

  @Test func aMegabyteOfASCIIWrapsInLinearTime() {
    let address = "https://example.org/" + String(repeating: "a1", count: Self.megabyte / 2)
    expectWrapped(address, width: 44)
  }

  @Test func aMegabyteOfWideLettersWrapsInLinearTime() {
    expectWrapped(String(repeating: "日", count: Self.megabyte / 3), width: 45)
  }

  @Test func aMegabyteOfCombiningLettersWrapsInLinearTime() {
    // "e" and a combining accent: the character-by-character path.
    expectWrapped(String(repeating: "e\u{301}", count: Self.megabyte / 3), width: 44)
  }

  @Test func aMegabyteIsSplitAndTruncatedInLinearTime() {
    let word = Substring(String(repeating: "x", count: Self.megabyte))
    let (head, tail) = Wrap.split(word, atWidth: 80)
    #expect(head.count == 80 && tail.count == Self.megabyte - 80)
    #expect(Wrap.truncate(String(word), width: 10) == "xxxxxxxxx…")
  }
}

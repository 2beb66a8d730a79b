import Glibc
import Testing

@testable import TerminalKit

/// ncurses keeps the terminfo entry it has read in global state, so the
/// suites that read one are nested here and run one after the other, never
/// side by side.
@Suite(.serialized) enum TerminfoTests {
  /// Runs `body` with the terminfo entry of `terminal` (a terminfo name)
  /// read, for a terminal on /dev/null.
  static func withTerminfo(_ terminal: String = "xterm-256color", _ body: () throws -> Void)
    throws
  {
    setlocale(LC_ALL, "C.UTF-8")
    let output = open("/dev/null", O_WRONLY)
    try #require(output >= 0)
    defer { close(output) }
    try #require(Terminfo.load(terminal, descriptor: output))
    try body()
  }

  /// An unknown terminal is reported, not fatal: the app falls back to
  /// plain text.
  @Test static func anUnknownTerminalIsRefused() {
    #expect(!Terminfo.load("no-such-terminal-xyz", descriptor: 1))
  }
}

/// A small, seeded random number generator: the same cases on every run.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next(below bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }
}

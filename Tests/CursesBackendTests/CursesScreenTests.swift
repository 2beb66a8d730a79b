import CNcurses
import Glibc
import Testing

/// curses keeps its screen in global state, so the suites that open one
/// are nested here and run one after the other, never side by side.
@Suite(.serialized) enum CursesScreenTests {
  /// Runs `body` with a curses screen for `terminal` (a terminfo name) that
  /// writes to /dev/null.
  static func withScreen(_ terminal: String = "xterm-256color", _ body: () throws -> Void) throws {
    setlocale(LC_ALL, "C.UTF-8")
    let output = try #require(fopen("/dev/null", "w"))
    let input = try #require(fopen("/dev/null", "r"))
    let screen = try #require(newterm(terminal, output, input))
    defer {
      endwin()
      delscreen(screen)
      fclose(output)
      fclose(input)
    }
    try body()
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

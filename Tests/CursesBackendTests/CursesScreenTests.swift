import CNcurses
import Glibc
import Testing

/// curses keeps its screen in global state, so the suites that open one
/// are nested here and run one after the other, never side by side.
@Suite(.serialized) enum CursesScreenTests {
  /// Runs `body` with a curses screen for an xterm that writes to /dev/null.
  static func withScreen(_ body: () throws -> Void) throws {
    setlocale(LC_ALL, "C.UTF-8")
    let output = try #require(fopen("/dev/null", "w"))
    let input = try #require(fopen("/dev/null", "r"))
    let screen = try #require(newterm("xterm-256color", output, input))
    defer {
      endwin()
      delscreen(screen)
      fclose(output)
      fclose(input)
    }
    try body()
  }

  /// What curses holds at a cell: text, attributes and colour pair.
  static func cell(_ window: UnsafeMutablePointer<WINDOW>, _ y: Int, _ x: Int) -> String {
    var held = cchar_t()
    _ = mvwin_wch(window, Int32(y), Int32(x), &held)
    var text = [wchar_t](repeating: 0, count: 8)
    var attributes: attr_t = 0
    var pair: Int16 = 0
    _ = getcchar(&held, &text, &attributes, &pair, nil)
    return "\(text.prefix { $0 != 0 }) \(attributes) \(pair) \(held.ext_color)"
  }
}

import TerminalKit
import Testing

@Suite struct KeyNameTests {
  @Test func readsTheNamesAnOperatorWrites() {
    #expect(Key.sequence(named: "ctrl-x,ctrl-q") == [.control("x"), .control("q")])
    #expect(Key.sequence(named: "f12 f12 f12") == [.function(12), .function(12), .function(12)])
    #expect(Key.sequence(named: "esc,space,a") == [.escape, .character(" "), .character("a")])
  }

  @Test func refusesWhatItCannotRead() {
    #expect(Key.sequence(named: "") == nil)
    #expect(Key.sequence(named: "ctrl-xx") == nil)
    #expect(Key.sequence(named: "f99") == nil)
    #expect(Key.sequence(named: "ctrl-x,nonsense") == nil)
  }

  @Test func namesReadBack() {
    for key in [
      Key.control("x"), .function(12), .escape, .character(" "), .character("q"), .pageDown,
    ] {
      #expect(Key(name: key.name) == key)
    }
  }
}

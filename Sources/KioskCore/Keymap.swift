import HistoryContent
import TerminalKit

/// One row of the keymap: the keys, the command, and how to show it.
public struct Binding: Sendable {
  public var keys: [Key]
  /// The keys as the footer and help show them, e.g. "Enter".
  public var label: String
  /// What the keys do; nil for a footer summary row such as "↑↓ Select",
  /// which stands for several bindings and matches no key itself.
  public var command: Command?
  /// What the help overlay says it does.
  public var help: UIString
  public var modes: Set<Mode>
  /// The short word the footer shows; nil keeps the binding out of the footer.
  public var hint: UIString?
  /// Where the footer is too narrow, this hint gives way before the others
  /// (whose first give way next): what the screen shows another way.
  public var givesWayFirst = false

  public init(
    _ keys: [Key], _ label: String, _ command: Command?, help: UIString, modes: Set<Mode>,
    hint: UIString? = nil
  ) {
    self.keys = keys
    self.label = label
    self.command = command
    self.help = help
    self.modes = modes
    self.hint = hint
  }

  /// The keys as a visitor reading `language` calls them: "Bild↑" for
  /// "PgUp" in German, and "j" for the "y" of a yes/no question.
  public func label(_ language: Language) -> String {
    let names = UIString.keyNames[language.code] ?? [:]
    return label.split(separator: " ").map { names[String($0)] ?? String($0) }.joined(
      separator: " ")
  }

  /// The binding with its hint giving way first: the tabs row shows the
  /// sections, so their hint can go where the footer is short of room.
  func givingWayFirst() -> Binding {
    var binding = self
    binding.givesWayFirst = true
    return binding
  }

  /// A footer entry that summarises bindings listed separately in the help.
  static func summary(_ label: String, _ hint: UIString, modes: Set<Mode>) -> Binding {
    Binding([], label, nil, help: hint, modes: modes, hint: hint)
  }
}

/// The one table that maps keys to commands. The footer and the help overlay
/// are generated from it, so what the screen says always matches what the
/// keys do.
public struct Keymap: Sendable {
  public var bindings: [Binding]

  public init(bindings: [Binding]) { self.bindings = bindings }

  /// The command `key` triggers in `mode`, if any.
  public func command(for key: Key, in mode: Mode) -> Command? {
    // The keys first: comparing a key or two is cheaper than hashing the
    // mode into each binding's set, and rules out nearly every binding.
    bindings.first { $0.keys.contains(key) && $0.modes.contains(mode) }?.command
  }

  /// The bindings the footer shows in `mode`, in table order; with
  /// `lockedDown`, not the ones that would quit.
  public func footer(for mode: Mode, lockedDown: Bool = false) -> [Binding] {
    bindings.filter {
      $0.hint != nil && $0.modes.contains(mode) && !(lockedDown && $0.command?.isExit == true)
    }
  }

  /// The bindings the help lists for `mode`: every one that has keys; with
  /// `lockedDown`, not the ones that would quit.
  public func help(for mode: Mode, lockedDown: Bool = false) -> [Binding] {
    bindings.filter {
      !$0.keys.isEmpty && $0.modes.contains(mode) && !(lockedDown && $0.command?.isExit == true)
    }
  }

  /// The keymap of a kiosk with `sectionCount` sections: the number keys
  /// name the first nine.
  public static func standard(sectionCount: Int) -> Keymap {
    let numbers = (1...max(1, min(9, sectionCount))).map { number in
      Binding(
        [.character(Character(String(number)))], "1–\(min(9, sectionCount))",
        .showSection(number - 1), help: .helpSections, modes: [.browsing, .reading])
    }
    // In the help they follow Tab and Shift-Tab, the other ways between sections.
    let split = (common.firstIndex { $0.command == .previousSection } ?? common.endIndex - 1) + 1
    return Keymap(bindings: Array(common[..<split]) + numbers + common[split...])
  }

  /// Every binding but the number keys, which depend on the sections.
  private static let common: [Binding] = [
    // Browsing the lists.
    .summary("↑↓", .footerSelect, modes: [.browsing, .searchResults]),
    Binding(
      [.up, .character("k")], "↑ k", .previous, help: .helpPrevious,
      modes: [.browsing, .searchResults]),
    Binding(
      [.down, .character("j")], "↓ j", .next, help: .helpNext, modes: [.browsing, .searchResults]),
    Binding(
      [.enter, .right, .character("l")], "Enter", .open, help: .helpOpen,
      modes: [.browsing, .searchLine, .searchResults], hint: .hintOpen),
    // The search line: every character is text (see the reducer); these keys are not.
    Binding(
      [.down, .tab], "↓", .toResults, help: .hintResults, modes: [.searchLine], hint: .hintResults),
    Binding([.up], "↑", .previous, help: .helpPrevious, modes: [.searchLine]),
    Binding(
      [.backspace], "Backspace", .deleteBackward, help: .helpDeleteBackward, modes: [.searchLine]),
    Binding([.escape], "Esc", .back, help: .helpBack, modes: [.searchLine], hint: .hintBack),
    // Reading.
    .summary("↑↓", .footerScroll, modes: [.reading, .searchReading]),
    Binding(
      [.up, .character("k")], "↑ k", .previous, help: .helpScrollUp,
      modes: [.reading, .searchReading]),
    Binding(
      [.down, .character("j")], "↓ j", .next, help: .helpScrollDown,
      modes: [.reading, .searchReading]),
    Binding(
      [.character("n")], "n", .nextMatch, help: .helpNextMatch, modes: [.searchReading],
      hint: .hintMatch),
    Binding(
      [.character("N")], "N", .previousMatch, help: .helpPreviousMatch, modes: [.searchReading]),
    .summary("←→", .footerOtherItem, modes: [.reading]),
    Binding(
      [.left, .character("h")], "←", .previousItem, help: .helpPreviousItem, modes: [.reading]),
    Binding([.right, .character("l")], "→", .nextItem, help: .helpNextItem, modes: [.reading]),
    Binding(
      [.escape, .backspace], "Esc", .back, help: .helpBack,
      modes: [.reading, .help, .searchResults, .searchReading], hint: .hintBack),
    // Both.
    Binding(
      [.pageUp, .character("b")], "PgUp b", .pageUp, help: .helpPageUp,
      modes: [.browsing, .reading, .searchResults, .searchReading]),
    Binding(
      [.pageDown, .character(" ")], "PgDn Space", .pageDown, help: .helpPageDown,
      modes: [.browsing, .reading, .searchResults, .searchReading]),
    Binding(
      [.home, .character("g")], "Home g", .first, help: .helpFirst,
      modes: [.browsing, .reading, .searchResults, .searchReading]),
    Binding(
      [.end, .character("G")], "End G", .last, help: .helpLast,
      modes: [.browsing, .reading, .searchResults, .searchReading]),
    Binding(
      [.character("/")], "/", .search, help: .helpSearch,
      modes: [.browsing, .reading, .searchResults], hint: .hintSearch),
    Binding(
      [.tab], "Tab", .nextSection, help: .helpNextPane, modes: [.browsing], hint: .hintNextPane
    ).givingWayFirst(),
    // The numbers are on the tabs row itself, so the footer need not repeat them.
    Binding(
      [.backTab], "Shift-Tab", .previousSection, help: .helpPreviousPane, modes: [.browsing]),
    Binding(
      [.character("?"), .function(1)], "?", .toggleHelp, help: .helpHelp,
      modes: [.browsing, .reading, .help], hint: .hintHelp),
    Binding(
      [.character("L")], "L", .nextLanguage, help: .helpLanguage,
      modes: [.browsing, .reading, .help], hint: .languageName),
    Binding(
      [.character("c"), .character("C")], "c", .toggleContrast, help: .helpContrast,
      modes: [.browsing, .reading, .help]),
    Binding(
      [.character("Q")], "Q", .showCode, help: .helpCode, modes: [.browsing, .reading],
      hint: .hintCode),
    Binding(
      [.escape, .backspace, .character("Q")], "Esc", .back, help: .helpBack, modes: [.code],
      hint: .hintBack),
    Binding(
      [.character("q")], "q", .askToQuit, help: .helpQuit,
      modes: [.browsing, .reading, .help, .tooSmall], hint: .hintQuit),
    // The quit question.
    Binding(
      [.character("y"), .character("Y"), .character("j"), .character("J")], "y", .confirmQuit,
      help: .helpConfirm,
      modes: [.quitPrompt],
      hint: .hintYes),
    Binding(
      [.character("n"), .character("N"), .escape, .backspace], "n", .cancel, help: .helpCancel,
      modes: [.quitPrompt], hint: .hintNo),
    // The presenter's tour.
    Binding(
      [.character(" ")], "Space", .pauseTour, help: .helpPauseTour, modes: [.tour],
      hint: .hintPauseTour),
    Binding(
      [.left, .character("h")], "←", .previousStop, help: .helpPreviousStop, modes: [.tour]),
    Binding([.right, .character("l")], "→", .nextStop, help: .helpNextStop, modes: [.tour]),
    .summary("←→", .footerStep, modes: [.tour]),
    Binding(
      [.character("q"), .character("Q"), .escape], "q", .quitNow, help: .helpLeaveTour,
      modes: [.tour], hint: .hintLeaveTour),
    Binding([.control("c")], "Ctrl-C", .quitNow, help: .helpQuitNow, modes: Set(Mode.allCases)),
    Binding([.control("l")], "Ctrl-L", .redraw, help: .helpRedraw, modes: Set(Mode.allCases)),
  ]
}

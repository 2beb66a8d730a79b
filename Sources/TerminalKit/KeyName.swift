/// Keys written as words, for the command line (`--operator-key`):
/// "ctrl-x", "f12", "esc", "tab", "a".
extension Key {
  public init?(name: String) {
    let lower = name.lowercased()
    if lower.hasPrefix("ctrl-") || lower.hasPrefix("c-") {
      let letter = lower.drop { $0 != "-" }.dropFirst()
      guard letter.count == 1, let character = letter.first, character.isASCII, character.isLetter
      else {
        return nil
      }
      self = .control(character)
      return
    }
    if lower.count > 1, lower.first == "f", let number = Int(lower.dropFirst()),
      (1...24).contains(number)
    {
      self = .function(number)
      return
    }
    switch lower {
    case "esc", "escape": self = .escape
    case "tab": self = .tab
    case "enter", "return": self = .enter
    case "backspace": self = .backspace
    case "space": self = .character(" ")
    case "up": self = .up
    case "down": self = .down
    case "left": self = .left
    case "right": self = .right
    case "home": self = .home
    case "end": self = .end
    case "pgup", "pageup": self = .pageUp
    case "pgdn", "pagedown": self = .pageDown
    default:
      guard name.count == 1, let character = name.first else { return nil }
      self = .character(character)
    }
  }

  /// The key as a word, the way `init(name:)` reads it.
  public var name: String {
    switch self {
    case .character(" "): "space"
    case .character(let character): String(character)
    case .control(let letter): "ctrl-\(letter)"
    case .function(let number): "f\(number)"
    case .up: "up"
    case .down: "down"
    case .left: "left"
    case .right: "right"
    case .pageUp: "pgup"
    case .pageDown: "pgdn"
    case .home: "home"
    case .end: "end"
    case .enter: "enter"
    case .escape: "esc"
    case .backspace: "backspace"
    case .tab: "tab"
    case .backTab: "shift-tab"
    }
  }

  /// A sequence such as "ctrl-x,ctrl-q" (commas or spaces between keys).
  public static func sequence(named text: String) -> [Key]? {
    let names = text.split { $0 == "," || $0 == " " }.map(String.init)
    let keys = names.compactMap(Key.init(name:))
    return keys.count == names.count && !keys.isEmpty ? keys : nil
  }
}

import CNcurses
import KioskCore

/// Turns what `wget_wch` returns into the app's `Key`.
enum KeyDecoder {
  /// A character: printable ones, and the control keys the app knows.
  static func character(_ code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
    case 0..<32: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// A function key (KEY_CODE_YES): arrows, paging, F-keys.
  static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_BTAB: return .backTab
    case KEY_F0 + 1...KEY_F0 + 24: return .function(Int(code - KEY_F0))
    default: return nil
    }
  }
}

/// Keys from the raw bytes a terminal sends, for the plain (screen reader)
/// mode, which reads the terminal without curses. Knows the common xterm,
/// VT and Linux console sequences; anything else in an escape sequence is
/// dropped whole rather than read as separate keys.
public enum KeyBytes {
  public static func decode(_ bytes: [UInt8]) -> [Key] {
    var keys: [Key] = []
    var index = 0
    var text: [UInt8] = []
    func flushText() {
      keys += String(decoding: text, as: UTF8.self).map { Key.character($0) }
      text = []
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= 0x20 && byte != 0x7F {
        text.append(byte)
        index += 1
        continue
      }
      flushText()
      if byte == 0x1B {
        let (key, length) = escape(Array(bytes[(index + 1)...]))
        if let key { keys.append(key) }
        index += 1 + length
        continue
      }
      switch byte {
      case 0x09: keys.append(.tab)
      case 0x0A, 0x0D: keys.append(.enter)
      case 0x08, 0x7F: keys.append(.backspace)
      case 0x01...0x1A: keys.append(.control(Character(Unicode.Scalar(byte + 96))))
      default: break
      }
      index += 1
    }
    flushText()
    return keys
  }

  /// The key an escape sequence stands for, and how many bytes after ESC it
  /// took. A lone ESC is the Esc key.
  static func escape(_ rest: [UInt8]) -> (Key?, Int) {
    guard let first = rest.first else { return (.escape, 0) }
    if first == UInt8(ascii: "O"), rest.count >= 2 {
      let keys: [UInt8: Key] = [
        UInt8(ascii: "A"): .up, UInt8(ascii: "B"): .down, UInt8(ascii: "C"): .right,
        UInt8(ascii: "D"): .left, UInt8(ascii: "H"): .home, UInt8(ascii: "F"): .end,
        UInt8(ascii: "P"): .function(1),
      ]
      return (keys[rest[1]], 2)
    }
    guard first == UInt8(ascii: "[") else {
      // ESC followed by a character: Alt+key, which the kiosk does not use.
      return (first == 0x1B ? .escape : nil, first == 0x1B ? 0 : 1)
    }
    // CSI: parameters and intermediates up to a final byte.
    var end = 1
    while end < rest.count, !(0x40...0x7E).contains(rest[end]) { end += 1 }
    guard end < rest.count else { return (nil, rest.count) }
    let parameters = String(decoding: rest[1..<end], as: UTF8.self)
    let final = Character(Unicode.Scalar(rest[end]))
    let key: Key?
    switch (final, parameters) {
    case ("A", _): key = .up
    case ("B", _): key = .down
    case ("C", _): key = .right
    case ("D", _): key = .left
    case ("H", _): key = .home
    case ("F", _): key = .end
    case ("Z", _): key = .backTab
    case ("~", "1"), ("~", "7"): key = .home
    case ("~", "4"), ("~", "8"): key = .end
    case ("~", "5"): key = .pageUp
    case ("~", "6"): key = .pageDown
    default: key = nil
    }
    return (key, end + 1)
  }
}

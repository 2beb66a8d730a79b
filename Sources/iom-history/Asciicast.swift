/// The asciicast v2 format (what asciinema and its web player read): a
/// header line, then one JSON array per event, `[seconds, "o", "bytes
/// written"]` for output and `[seconds, "r", "COLSxROWS"]` for a new window
/// size, as asciinema itself writes them.
enum AsciicastFormat {
  /// The header: the window's size, a title, and the terminal the bytes are
  /// for; `timestamp`, when given, is the start in seconds since 1970.
  static func header(width: Int, height: Int, title: String, term: String, timestamp: Int? = nil)
    -> String
  {
    let start = timestamp.map { "\"timestamp\": \($0), " } ?? ""
    return
      "{\"version\": 2, \"width\": \(width), \"height\": \(height), \(start)"
      + "\"title\": \(json(title)), \"env\": {\"TERM\": \(json(term))}}\n"
  }

  /// Output: `bytes` as the terminal was sent them.
  static func output(at seconds: Double, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
    event(at: seconds, "o", String(decoding: bytes, as: UTF8.self))
  }

  /// A new window size.
  static func resize(at seconds: Double, width: Int, height: Int) -> String {
    event(at: seconds, "r", "\(width)x\(height)")
  }

  private static func event(at seconds: Double, _ code: String, _ data: String) -> String {
    let time = (seconds * 1000).rounded() / 1000
    return "[\(time), \"\(code)\", \(json(data))]\n"
  }

  /// `text` as a JSON string: quotes, backslashes and control characters escaped.
  static func json(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

import TextLayout

/// Checks that a content file is UTF-8, or says where the first byte that
/// is not UTF-8 stands, so that a curator can find the character an editor
/// saved in another encoding (typically an "ä" in Latin-1).
enum UTF8Text {
  struct InvalidByte: Error, Equatable {
    var line: Int
    var column: Int
    var byte: UInt8
  }

  /// nil when all of `bytes` is UTF-8.
  static func firstInvalid(_ bytes: [UInt8]) -> InvalidByte? {
    guard let offset = bytes.withUnsafeBufferPointer(firstInvalidOffset) else { return nil }
    // Everything before the bad byte is valid, so it decodes as it will be read.
    let before = bytes[..<offset]
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let line = before.count(where: { $0 == 0x0A }) + 1
    let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
    return InvalidByte(line: line, column: column, byte: bytes[offset])
  }

  /// The offset of the first byte that does not belong to a well-formed
  /// UTF-8 sequence, or nil when all of them do.
  ///
  /// Eight ASCII bytes at a time, nearly all of a content file; any other
  /// sequence is checked against Unicode's table of well-formed byte
  /// sequences (Table 3-7): no overlong form, no surrogate, nothing past
  /// U+10FFFF. The standard library's check took twice as long.
  static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let count = bytes.count
    var index = 0
    while index < count {
      if index + 8 <= count, ByteWords.word(bytes, at: index) & 0x8080_8080_8080_8080 == 0 {
        index += 8
        continue
      }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      // The length the lead byte announces, and where the second byte must lie.
      let length: Int
      var second: ClosedRange<UInt8> = 0x80...0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, second) = (3, 0xA0...0xBF)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, second) = (3, 0x80...0x9F)
      case 0xF0: (length, second) = (4, 0x90...0xBF)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, second) = (4, 0x80...0x8F)
      default: return index
      }
      guard index + length <= count, second.contains(bytes[index + 1]) else { return index }
      for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 {
        return index
      }
      index += length
    }
    return nil
  }

  static func message(_ invalid: InvalidByte) -> String {
    let hex = String(invalid.byte, radix: 16, uppercase: true)
    let byte = "0x" + (hex.count < 2 ? "0" : "") + hex
    return "is not UTF-8 text (byte \(byte)) — save the file with UTF-8 encoding"
  }
}

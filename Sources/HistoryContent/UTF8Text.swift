/// Decodes a content file as UTF-8, or says where the first byte that is not
/// UTF-8 stands, so that a curator can find the character an editor saved in
/// another encoding (typically an "ä" in Latin-1).
enum UTF8Text {
  struct InvalidByte: Error, Equatable {
    var line: Int
    var column: Int
    var byte: UInt8
  }

  static func decode(_ bytes: [UInt8]) -> Result<String, InvalidByte> {
    // The standard library's validation is the fast path; the byte-by-byte
    // search for the place only runs for a file that is not UTF-8.
    if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
    guard let offset = firstInvalidOffset(bytes) else {
      return .success(String(decoding: bytes, as: UTF8.self))
    }
    // Everything before the bad byte is valid, so it decodes as it will be read.
    let before = bytes[..<offset]
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let line = before.count(where: { $0 == 0x0A }) + 1
    let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
    return .failure(InvalidByte(line: line, column: column, byte: bytes[offset]))
  }

  /// The offset of the first byte that does not belong to a valid UTF-8
  /// sequence, or nil when all of them do.
  private static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  static func message(_ invalid: InvalidByte) -> String {
    let hex = String(invalid.byte, radix: 16, uppercase: true)
    let byte = "0x" + (hex.count < 2 ? "0" : "") + hex
    return "is not UTF-8 text (byte \(byte)) — save the file with UTF-8 encoding"
  }
}

/// A content file's text: the bytes read from a folder, already checked to
/// be UTF-8, or a `String` handed over (the built-in content, tests).
///
/// The fast YAML reader needs only the bytes. Making a `String` of a file
/// checks all its UTF-8 once more and copies it: for a 4 MB timeline that
/// was the longest step before reading could begin, so a file read from a
/// folder becomes a `String` only when libyaml reads it or an error quotes
/// it.
enum ContentText: Sendable {
  /// Valid UTF-8 (see `UTF8Text.firstInvalid`).
  case checkedUTF8([UInt8])
  case string(String)

  /// Its length in bytes.
  var count: Int {
    switch self {
    case .checkedUTF8(let bytes): bytes.count
    case .string(let text): text.utf8.count
    }
  }

  /// The text as a `String`.
  var string: String {
    switch self {
    case .checkedUTF8(let bytes): String(decoding: bytes, as: UTF8.self)
    case .string(let text): text
    }
  }

  /// `body` on the UTF-8 bytes.
  func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    switch self {
    case .checkedUTF8(let bytes): return bytes.withUnsafeBufferPointer(body)
    case .string(var text): return text.withUTF8(body)
    }
  }
}

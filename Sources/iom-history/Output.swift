import Glibc

/// Writes text to a file descriptor whole, retrying short writes and
/// interruptions; a write that fails for good is dropped, since there is
/// nowhere left to report it.
enum Output {
  static func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
      }
    }
  }

  static func standardError(_ text: String) { write(text, to: STDERR_FILENO) }
  static func standardOutput(_ text: String) { write(text, to: STDOUT_FILENO) }
}

import Glibc

/// Writes text to a file descriptor whole, retrying short writes and
/// interruptions.
enum Output {
  /// Whether standard output was closed when the program started (`>&-`):
  /// its descriptor then holds /dev/null, and writing a result there fails.
  nonisolated(unsafe) private static var standardOutputClosed = false

  /// Opens /dev/null on each of descriptors 0, 1 and 2 that is closed, so
  /// that no file opened later (the log, a content file) takes its number
  /// and receives what was meant for the terminal.
  static func guardStandardDescriptors() {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
    where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
      if descriptor == STDOUT_FILENO { standardOutputClosed = true }
      let null = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
      if null >= 0 && null != descriptor {
        dup2(null, descriptor)
        close(null)
      }
    }
  }

  /// Writes all of `text`; false (with errno set) when a write failed.
  @discardableResult
  static func write(_ text: String, to descriptor: Int32) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return false }
        offset += written
      }
      return true
    }
  }

  /// A diagnostic: dropped when it cannot be written, since there is
  /// nowhere left to report it.
  static func standardError(_ text: String) { write(text, to: STDERR_FILENO) }

  /// Writes `text` to a new file at `path` (replacing one there); false,
  /// with errno set, when the file cannot be made or written whole.
  static func write(_ text: String, toFile path: String) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return false }
    let written = write(text, to: descriptor)
    let saved = errno
    guard close(descriptor) == 0, written else {
      if written { return false }
      errno = saved
      return false
    }
    return true
  }

  static func standardOutput(_ text: String) { write(text, to: STDOUT_FILENO) }

  /// The command's result on standard output. When it cannot be written
  /// (a full disk, a closed output), the process ends with a message and
  /// status 74 (EX_IOERR): a script must not take a cut result for a whole.
  static func result(_ text: String) {
    if standardOutputClosed {
      errno = EBADF
    } else if write(text, to: STDOUT_FILENO) {
      return
    }
    let reason = String(cString: strerror(errno))
    standardError("iom-history: cannot write to standard output: \(reason)\n")
    exit(74)
  }
}

import Glibc

/// The operator's log file: opened without blocking, only when it is a
/// regular file; each line written by one `write` and never left cut; kept
/// under a size limit by moving FILE to FILE.1.
///
/// Nothing here may stop the kiosk: a log that cannot be opened is not
/// used, and a line that cannot be written is dropped.
public final class LogFile {
  /// The signature of `write(2)`, replaceable to test short writes.
  public typealias WriteFunction = (Int32, UnsafeRawPointer?, Int) -> Int

  /// The open file. Its number stays the same across rotations, so that a
  /// crash handler given it once keeps writing to the current file.
  public private(set) var descriptor: Int32?
  /// Why the file is not used ("is not a regular file"), when it is not.
  public let problem: String?

  private let path: String
  private let limit: Int
  private let writeBytes: WriteFunction

  /// Opens `path` for appending. `limit` is the size in bytes FILE may reach.
  public init(path: String, limit: Int, write: @escaping WriteFunction = Glibc.write) {
    self.path = path
    self.limit = limit
    self.writeBytes = write
    switch Self.open(path) {
    case .success(let descriptor):
      self.descriptor = descriptor
      problem = nil
    case .failure(let reason):
      descriptor = nil
      problem = reason.text
    }
  }

  deinit {
    if let descriptor { close(descriptor) }
  }

  /// Appends `line` (which ends in a newline) whole, or not at all.
  public func append(_ line: String) {
    guard let descriptor else { return }
    var line = line
    line.withUTF8 { bytes in
      guard !bytes.isEmpty else { return }
      if size(of: descriptor) + bytes.count > limit { rotate(descriptor) }
      write(bytes, to: descriptor)
    }
  }

  /// One `write` for the line; after a short write (a full disk, a size
  /// limit) the rest is tried once more, and if that fails too the part
  /// already written is cut off again, so that no half line stays behind
  /// for the next one to be glued to.
  private func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
    var done = 0
    var attempts = 0
    while done < bytes.count && attempts < 2 {
      let written = writeBytes(descriptor, bytes.baseAddress! + done, bytes.count - done)
      if written < 0 && errno == EINTR { continue }
      attempts += 1
      if written > 0 { done += written }
    }
    if done > 0 && done < bytes.count {
      ftruncate(descriptor, off_t(max(0, size(of: descriptor) - done)))
    }
  }

  /// FILE becomes FILE.1 (replacing the one before), and a new FILE takes
  /// the same descriptor number. When FILE cannot be moved, it is emptied
  /// instead: the limit holds either way.
  private func rotate(_ descriptor: Int32) {
    guard rename(path, path + ".1") == 0, case .success(let fresh) = Self.open(path) else {
      ftruncate(descriptor, 0)
      return
    }
    dup2(fresh, descriptor)
    _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    close(fresh)
  }

  private func size(of descriptor: Int32) -> Int {
    var status = stat()
    return fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
  }

  private struct Refusal: Error {
    var text: String
  }

  /// Opens without blocking: a FIFO without a reader would otherwise hang
  /// the kiosk before its first frame. Anything but a regular file (a FIFO
  /// with a reader, a device, a directory) is closed again and refused.
  private static func open(_ path: String) -> Result<Int32, Refusal> {
    let flags = O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NONBLOCK | O_NOCTTY
    let descriptor = Glibc.open(path, flags, 0o644)
    guard descriptor >= 0 else {
      // ENXIO: a FIFO no one reads; EISDIR: a directory.
      let reason = errno == ENXIO ? "is not a regular file" : String(cString: strerror(errno))
      return .failure(Refusal(text: reason))
    }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      return .failure(Refusal(text: "is not a regular file"))
    }
    // A regular file never blocks; the flag only had to guard the open.
    _ = fcntl(descriptor, F_SETFL, O_WRONLY | O_APPEND)
    return .success(descriptor)
  }
}

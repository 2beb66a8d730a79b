import Glibc
import KioskCommandLine
import TerminalKit

/// `--record FILE` for an interactive session: what the visitor sees,
/// written as asciicast v2 while the session runs, each frame at its real
/// time and each new window size as an "r" event.
///
/// The recording never holds up the session: FILE must be a regular file (a
/// FIFO or a device could stall the loop), and the first write that fails
/// (a full disk, a size limit) ends the recording, cut back to its last
/// whole event, with the reason told once the terminal is restored.
final class SessionRecording {
  private let path: String
  private var descriptor: Int32?
  private var start = 0.0
  /// The bytes of whole events written: where a failed write is cut back to.
  private var length: off_t = 0
  private var started = false
  /// Why the recording stopped before the session did.
  private var problem: (reason: String, after: Double)?

  /// Creates FILE, empty, or refuses with exit 73 (EX_CANTCREAT) before the
  /// terminal is taken.
  init(path: String) throws(ExitStatus) {
    self.path = path
    // Without blocking: a FIFO no one reads would hang the start.
    let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0o644)
    var status = stat()
    guard descriptor >= 0 else {
      // ENXIO: a FIFO no one reads.
      let reason = errno == ENXIO ? "is not a regular file" : String(cString: strerror(errno))
      throw Self.refuse(path, reason)
    }
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      throw Self.refuse(path, "is not a regular file")
    }
    guard ftruncate(descriptor, 0) == 0 else {
      let reason = String(cString: strerror(errno))
      close(descriptor)
      throw Self.refuse(path, reason)
    }
    self.descriptor = descriptor
  }

  private static func refuse(_ path: String, _ reason: String) -> ExitStatus {
    Output.standardError("iom-history: --record \(Argument.quoted(path)): \(reason)\n")
    return ExitStatus(code: 73)
  }

  /// Writes the header and takes a copy of everything `terminal` shows from
  /// now on. `size`: the window's size now.
  func start(on terminal: TerminalSession, size: Size) {
    started = true
    start = MonotonicClock.now()
    let term = getenv("TERM").map { String(cString: $0) } ?? "xterm-256color"
    append(
      AsciicastFormat.header(
        width: size.width, height: size.height, title: "IOM and Germany: a visit", term: term,
        timestamp: time(nil)))
    terminal.copyOutput = { [unowned self] bytes in
      append(AsciicastFormat.output(at: MonotonicClock.now() - start, bytes))
    }
  }

  /// The window has a new size.
  func resize(to size: Size) {
    append(
      AsciicastFormat.resize(
        at: MonotonicClock.now() - start, width: size.width, height: size.height))
  }

  /// Appends `line` whole, or ends the recording.
  private func append(_ line: String) {
    guard let descriptor else { return }
    var line = line
    // The error number of the write that failed; 0 for none.
    let failure: Int32 = line.withUTF8 { bytes in
      var done = 0
      while done < bytes.count {
        let written = Glibc.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return written < 0 ? errno : ENOSPC }
        done += written
      }
      return 0
    }
    guard failure != 0 else {
      length += off_t(line.utf8.count)
      return
    }
    problem = (String(cString: strerror(failure)), MonotonicClock.now() - start)
    ftruncate(descriptor, length)
    close(descriptor)
    self.descriptor = nil
  }

  /// Closes FILE, and says on standard error (the terminal is restored by
  /// now) when it does not hold the whole session. False then.
  func finish() -> Bool {
    if let descriptor {
      close(descriptor)
      self.descriptor = nil
    }
    let name = Argument.quoted(path)
    if !started {
      Output.standardError("iom-history: --record \(name): there was no terminal to record.\n")
      return true
    }
    guard let problem else { return true }
    let seconds = (problem.after * 10).rounded() / 10
    Output.standardError(
      "iom-history: --record \(name): stopped after \(seconds) s (\(problem.reason)); "
        + "the file holds the session until then.\n")
    return false
  }
}

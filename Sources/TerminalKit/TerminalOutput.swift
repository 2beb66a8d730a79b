import Glibc

/// The bytes on their way to the terminal, written without ever blocking:
/// a terminal that stops reading (XOFF, Scroll Lock on the Linux console, a
/// stalled SSH link) must not stop the loop, its keys, its timers or its
/// signals. What the terminal does not take now waits here, and the loop
/// polls for writability together with keys and signals (as tmux does).
final class TerminalOutput {
  /// A descriptor of its own for the terminal, non-blocking: setting
  /// O_NONBLOCK on the inherited one would change it for every process that
  /// shares it (the shell after us). That one only if the terminal cannot be
  /// opened again, with its flags put back at the end.
  let descriptor: Int32
  private let ownsDescriptor: Bool
  private let inheritedFlags: Int32?
  private var pending: [UInt8] = []
  private var sent = 0
  /// Text beyond this much waiting is dropped: a terminal that has taken
  /// nothing for so long shows nothing of it anyway. (Frames never reach it:
  /// the session holds the next frame back until the last one is out.)
  static let limit = 1 << 20

  /// Output to the terminal on standard output.
  convenience init() {
    if let name = ttyname(STDOUT_FILENO) {
      let reopened = open(name, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
      if reopened >= 0 {
        self.init(descriptor: reopened, owned: true, flags: nil)
        return
      }
    }
    let flags = fcntl(STDOUT_FILENO, F_GETFL)
    _ = fcntl(STDOUT_FILENO, F_SETFL, flags | O_NONBLOCK)
    self.init(descriptor: STDOUT_FILENO, owned: false, flags: flags)
  }

  /// Output to `descriptor`, which must be non-blocking; `owned`: closed at
  /// the end; `flags`: put back at the end instead.
  init(descriptor: Int32, owned: Bool, flags: Int32?) {
    self.descriptor = descriptor
    ownsDescriptor = owned
    inheritedFlags = flags
  }

  /// Whether bytes wait for the terminal to take them.
  var isWaiting: Bool { sent < pending.count }

  /// Whether a write failed for good (the terminal hung up): nothing more
  /// is sent, and nothing waits.
  private(set) var isBroken = false

  /// Sends `bytes` after any that wait, as far as the terminal takes them now.
  func send(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard !bytes.isEmpty, !isBroken else { return }
    if !isWaiting {
      let written = write(bytes)
      guard written < bytes.count, !isBroken else { return }
      pending.removeAll(keepingCapacity: true)
      sent = 0
      pending.append(contentsOf: bytes[written...])
    } else if pending.count - sent + bytes.count <= Self.limit {
      pending.append(contentsOf: bytes)
    }
  }

  func send(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { send($0) } }

  /// Sends what waits, as far as the terminal takes it now.
  func flush() {
    guard isWaiting else { return }
    let from = sent
    sent += pending.withUnsafeBufferPointer { write(UnsafeBufferPointer(rebasing: $0[from...])) }
    if !isWaiting || isBroken {
      pending.removeAll(keepingCapacity: true)
      sent = 0
    }
  }

  /// Sends what waits, waiting for the terminal up to `milliseconds` in all:
  /// on the way out, where a terminal that never takes it must not keep the
  /// process alive.
  func drain(within milliseconds: Int32) {
    var left = milliseconds
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    while true {
      flush()
      guard isWaiting, !isBroken, left > 0 else { return }
      var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
      guard poll(&ready, 1, left) > 0, ready.revents & Int16(POLLOUT) != 0 else { return }
      var now = timespec()
      clock_gettime(CLOCK_MONOTONIC, &now)
      let spent = (now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1_000_000
      left = milliseconds - Int32(clamping: spent)
    }
  }

  /// Drops what waits: the terminal has gone.
  func discard() {
    pending.removeAll()
    sent = 0
  }

  /// Gives the descriptor back as it was.
  func close() {
    if ownsDescriptor {
      _ = Glibc.close(descriptor)
    } else if let inheritedFlags {
      _ = fcntl(descriptor, F_SETFL, inheritedFlags)
    }
  }

  /// Writes what the terminal takes now; returns how much (0 if nothing).
  /// A terminal that has gone away takes nothing: the loop sees its hang-up
  /// in its next poll.
  private func write(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var written = 0
    while written < bytes.count {
      let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
      if result > 0 {
        written += result
      } else if result < 0, errno == EINTR {
        continue
      } else if result < 0, errno == EAGAIN {
        break  // the terminal takes no more for now
      } else {
        isBroken = true  // it has gone (EIO after a hang-up)
        break
      }
    }
    return written
  }
}

import CPictures
import Glibc
import PhotoDecoding
import Synchronization
import TerminalKit

/// Reads photo files into pixels (libpng and libjpeg in the kiosk, made-up
/// pixels in tests); called on the loader's worker thread.
public protocol PhotoReading: Sendable {
  /// The photo's size in pixels, from its header.
  func size(ofFileAt path: String) throws -> Size
  /// The photo's pixels, at least `atLeast` wide and high where it is that
  /// large (a reader may decode a large photo at a fraction of its size).
  func pixels(ofFileAt path: String, atLeast: Size) throws -> Pixels
}

/// Makes pictures of photos on a worker thread and keeps the latest in a
/// bounded cache, so that no key ever waits on decoding: the loop asks, gets
/// `pending`, draws the frame without the picture, and draws it again when
/// `wakeDescriptor` turns readable. While nothing is asked the worker sleeps
/// in `read`: no wake-ups.
public final class PictureLoader: Sendable {
  /// One picture: a photo drawn as large as fits `area` cells of `cell`
  /// pixels, in `form`.
  public struct Request: Hashable, Sendable {
    public var path: String
    public var area: Size
    public var form: PictureForm
    public var cell: Size

    public init(path: String, area: Size, form: PictureForm, cell: Size) {
      self.path = path
      self.area = area
      self.form = form
      self.cell = cell
    }
  }

  public enum Lookup: Equatable, Sendable {
    case ready(PictureArt)
    /// Being made; `wakeDescriptor` turns readable when it is done.
    case pending
    /// The photo could not be read or drawn: show its alt text.
    case failed
  }

  private struct Store {
    /// Made pictures, nil for a photo that failed, least recently used first.
    var made: [(request: Request, art: PictureArt?)] = []
    var bytes = 0
    /// Asked for and not yet made, newest last.
    var waiting: [Request] = []
  }

  private let store = Mutex(Store())
  private let reader: any PhotoReading
  private let capacity: Int
  private let byteLimit: Int
  /// The worker sleeps reading `requests`; the loop watches `done`.
  private let requests: (read: Int32, write: Int32)
  private let done: (read: Int32, write: Int32)

  /// At most `capacity` pictures and `byteLimit` bytes of them are kept;
  /// at most `waitingLimit` wait to be made (the newest: a visitor paging
  /// fast past photos needs only the one they stop at).
  private static let waitingLimit = 3

  /// Nil when no pipe or thread can be had: the kiosk then shows alt texts.
  public init?(reader: any PhotoReading, capacity: Int = 24, byteLimit: Int = 16 << 20) {
    self.reader = reader
    self.capacity = capacity
    self.byteLimit = byteLimit
    // Only the worker's end ever blocks.
    guard let requests = Self.pipe(nonBlocking: [1]), let done = Self.pipe(nonBlocking: [0, 1])
    else { return nil }
    self.requests = requests
    self.done = done
    pictures_return_large_blocks()
    guard startWorker() else { return nil }
  }

  /// Readable when a picture asked for is done: the loop then drains it
  /// (`takeWake`) and draws again.
  public var wakeDescriptor: Int32 { done.read }

  /// Empties the wake pipe.
  public func takeWake() {
    var bytes = [UInt8](repeating: 0, count: 64)
    while read(done.read, &bytes, bytes.count) > 0 {}
  }

  /// The picture for `request` if it is made; else asks the worker for it.
  public func lookup(_ request: Request) -> Lookup {
    let (found, asked): (Lookup?, Bool) = store.withLock { store in
      if let index = store.made.firstIndex(where: { $0.request == request }) {
        let entry = store.made.remove(at: index)
        store.made.append(entry)
        return (entry.art.map(Lookup.ready) ?? .failed, false)
      }
      if store.waiting.contains(request) { return (nil, false) }
      store.waiting.append(request)
      if store.waiting.count > Self.waitingLimit { store.waiting.removeFirst() }
      return (nil, true)
    }
    if let found { return found }
    if asked {
      var byte: UInt8 = 1
      _ = write(requests.write, &byte, 1)
    }
    return .pending
  }

  // MARK: The worker

  private func startWorker() -> Bool {
    // The worker takes no asynchronous signal: the terminal guard's handlers
    // must run on the loop's thread, whose ppoll they interrupt. Faults
    // still reach the guard, from whichever thread.
    var all = sigset_t()
    var old = sigset_t()
    sigfillset(&all)
    for fault in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS] {
      sigdelset(&all, fault)
    }
    pthread_sigmask(SIG_BLOCK, &all, &old)
    defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
    var thread = pthread_t()
    let context = Unmanaged.passRetained(self).toOpaque()
    let started = pthread_create(
      &thread, nil,
      { context in
        Unmanaged<PictureLoader>.fromOpaque(context!).takeRetainedValue().work()
        return nil
      }, context)
    guard started == 0 else {
      Unmanaged<PictureLoader>.fromOpaque(context).release()
      return false
    }
    pthread_detach(thread)
    return true
  }

  /// Sleeps until asked, makes what waits (the newest first), and says so.
  private func work() {
    var byte: UInt8 = 0
    while true {
      let count = read(requests.read, &byte, 1)
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return }
      while let request = store.withLock({ $0.waiting.popLast() }) {
        let art = make(request)
        keep(art, for: request)
        var done: UInt8 = 1
        _ = write(self.done.write, &done, 1)
      }
      // What the decoder freed goes back to the system now.
      pictures_trim()
    }
  }

  private func make(_ request: Request) -> PictureArt? {
    guard let size = try? reader.size(ofFileAt: request.path) else { return nil }
    let cells = PictureFit.cells(
      width: size.width, height: size.height, in: request.area, cell: request.cell)
    guard cells.width > 0, cells.height > 0 else { return nil }
    let needed = Size(
      width: cells.width * request.cell.width, height: cells.height * request.cell.height)
    guard let pixels = try? reader.pixels(ofFileAt: request.path, atLeast: needed) else {
      return nil
    }
    return PictureMaker.make(pixels, cells: cells, form: request.form, cell: request.cell)
  }

  private func keep(_ art: PictureArt?, for request: Request) {
    store.withLock { store in
      store.made.append((request, art))
      store.bytes += art?.byteCount ?? 0
      while store.made.count > capacity || (store.bytes > byteLimit && store.made.count > 1) {
        store.bytes -= store.made.removeFirst().art?.byteCount ?? 0
      }
    }
  }

  /// A pipe, the ends numbered in `nonBlocking` (0 read, 1 write) not blocking.
  private static func pipe(nonBlocking: [Int]) -> (read: Int32, write: Int32)? {
    var ends: [Int32] = [0, 0]
    guard Glibc.pipe(&ends) == 0 else { return nil }
    for end in [0, 1] { _ = fcntl(ends[end], F_SETFD, FD_CLOEXEC) }
    for end in nonBlocking { _ = fcntl(ends[end], F_SETFL, fcntl(ends[end], F_GETFL) | O_NONBLOCK) }
    return (ends[0], ends[1])
  }
}

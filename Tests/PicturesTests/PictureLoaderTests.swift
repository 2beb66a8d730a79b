import Glibc
import PhotoDecoding
import Pictures
import TerminalKit
import Testing

/// Photos made up by the test: any path is the bars, "missing" fails.
struct BarsReader: PhotoReading {
  func size(ofFileAt path: String) throws -> Size {
    if path == "missing" { throw Missing() }
    return Size(width: 64, height: 32)
  }
  func pixels(ofFileAt path: String, atLeast: Size) throws -> Pixels { bars() }
  struct Missing: Error {}
}

@Suite struct PictureLoaderTests {
  func request(_ path: String, width: Int = 16) -> PictureLoader.Request {
    PictureLoader.Request(
      path: path, area: Size(width: width, height: 8), form: .symbols(colors: 256),
      cell: Size(width: 8, height: 16))
  }

  /// Waits (up to 10 s) for the worker's word, as the loop's ppoll does.
  func awaitWake(_ loader: PictureLoader) -> Bool {
    var watched = pollfd(fd: loader.wakeDescriptor, events: Int16(POLLIN), revents: 0)
    let ready = poll(&watched, 1, 10_000) == 1
    loader.takeWake()
    return ready
  }

  @Test func aPictureIsPendingThenReadyThenKept() throws {
    let loader = try #require(PictureLoader(reader: BarsReader()))
    #expect(loader.lookup(request("a")) == .pending)
    #expect(awaitWake(loader))
    guard case .ready(let art) = loader.lookup(request("a")) else {
      Issue.record("not made")
      return
    }
    // 64x32 pixels in cells of 8x16 drawn 16 wide: 4 rows keep its shape.
    #expect(art.columns == 16 && art.rows == 4)
    // Asked again, the same picture, made once.
    #expect(loader.lookup(request("a")) == .ready(art))
  }

  @Test func aPhotoThatCannotBeReadFails() throws {
    let loader = try #require(PictureLoader(reader: BarsReader()))
    #expect(loader.lookup(request("missing")) == .pending)
    #expect(awaitWake(loader))
    #expect(loader.lookup(request("missing")) == .failed)
  }

  @Test func theCacheKeepsOnlyItsCapacity() throws {
    let loader = try #require(PictureLoader(reader: BarsReader(), capacity: 2))
    for path in ["a", "b", "c"] {
      #expect(loader.lookup(request(path)) == .pending)
      #expect(awaitWake(loader))
    }
    // "a" was the least recently used of three: made again.
    #expect(loader.lookup(request("a")) == .pending)
    #expect(awaitWake(loader))
    guard case .ready = loader.lookup(request("c")) else {
      Issue.record("the newest was dropped")
      return
    }
  }
}

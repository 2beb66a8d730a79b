import Glibc
import OperatorLog
import Testing

/// A fresh folder for one test, removed afterwards.
final class Folder {
  let path: String

  init() {
    var template = Array("/tmp/operator-log-XXXXXX".utf8CString)
    path = String(cString: mkdtemp(&template)!)
  }

  deinit {
    for name in ["kiosk.log", "kiosk.log.1", "fifo"] { unlink(path + "/" + name) }
    rmdir(path + "/dir")
    rmdir(path)
  }

  func contents(_ name: String) -> String? {
    let descriptor = open(path + "/" + name, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(descriptor, &chunk, chunk.count)
      guard count > 0 else { break }
      bytes += chunk[..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

@Suite struct LogFileTests {
  @Test func appendsWholeLines() {
    let folder = Folder()
    let log = LogFile(path: folder.path + "/kiosk.log", limit: 1000)
    #expect(log.problem == nil)
    log.append("one\n")
    log.append("two\n")
    #expect(folder.contents("kiosk.log") == "one\ntwo\n")
  }

  @Test func rotatesToFileDotOneAtTheLimit() {
    let folder = Folder()
    let log = LogFile(path: folder.path + "/kiosk.log", limit: 20)
    let descriptor = log.descriptor
    for line in ["line 1\n", "line 2\n", "line 3\n", "line 4\n", "line 5\n", "line 6\n"] {
      log.append(line)
    }
    // 7 bytes a line: two fit in 20, the third starts a new file.
    #expect(folder.contents("kiosk.log") == "line 5\nline 6\n")
    #expect(folder.contents("kiosk.log.1") == "line 3\nline 4\n")
    // The same descriptor number, now on the new file: what a crash
    // handler writes to it lands in FILE.
    #expect(log.descriptor == descriptor)
    _ = "crash\n".withCString { write(descriptor!, $0, 6) }
    #expect(folder.contents("kiosk.log") == "line 5\nline 6\ncrash\n")
  }

  @Test func aFIFOIsRefusedWithoutBlocking() {
    let folder = Folder()
    let fifo = folder.path + "/fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    // No reader: a blocking open would wait for one forever.
    let alone = LogFile(path: fifo, limit: 1000)
    #expect(alone.descriptor == nil)
    #expect(alone.problem == "is not a regular file")
    // With a reader the open succeeds, and the file type refuses it.
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    defer { close(reader) }
    let read = LogFile(path: fifo, limit: 1000)
    #expect(read.descriptor == nil)
    #expect(read.problem == "is not a regular file")
  }

  @Test func aDirectoryOrADeviceIsRefused() {
    let folder = Folder()
    mkdir(folder.path + "/dir", 0o700)
    #expect(LogFile(path: folder.path + "/dir", limit: 1000).problem != nil)
    #expect(LogFile(path: "/dev/null", limit: 1000).problem == "is not a regular file")
    let missing = LogFile(path: folder.path + "/none/kiosk.log", limit: 1000)
    #expect(missing.problem == "No such file or directory")
    missing.append("nowhere\n")
  }

  @Test func aShortWriteThatCannotBeCompletedLeavesNoHalfLine() {
    let folder = Folder()
    // The disk fills up in the middle of the second line.
    nonisolated(unsafe) var room = 12
    let log = LogFile(path: folder.path + "/kiosk.log", limit: 1000) { descriptor, bytes, count in
      guard room > 0 else {
        errno = ENOSPC
        return -1
      }
      let written = Glibc.write(descriptor, bytes, min(count, room))
      room -= written
      return written
    }
    log.append("first line\n")
    log.append("second line\n")
    #expect(folder.contents("kiosk.log") == "first line\n")
    room = 100
    log.append("third line\n")
    #expect(folder.contents("kiosk.log") == "first line\nthird line\n")
  }

  @Test func aShortWriteIsCompleted() {
    let folder = Folder()
    // Every write takes at most 5 bytes: the second write finishes a
    // 10-byte line.
    let log = LogFile(path: folder.path + "/kiosk.log", limit: 1000) { descriptor, bytes, count in
      Glibc.write(descriptor, bytes, min(count, 5))
    }
    log.append("123456789\n")
    #expect(folder.contents("kiosk.log") == "123456789\n")
  }

  @Test func eventLinesCarryAUTCTimestamp() {
    let folder = Folder()
    let log = EventLog(LogFile(path: folder.path + "/kiosk.log", limit: 1000))
    log.write("start")
    let line = folder.contents("kiosk.log") ?? ""
    // 2026-12-07T10:33:53Z start
    #expect(line.count == 27)
    #expect(line.hasSuffix("Z start\n"))
  }
}

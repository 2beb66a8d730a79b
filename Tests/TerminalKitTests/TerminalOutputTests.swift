import Glibc
import Testing

@testable import TerminalKit

/// Output to a terminal that takes only part of it, or nothing: a pipe
/// whose other end the test reads, or does not.
@Suite struct TerminalOutputTests {
  /// A non-blocking pipe's ends: (read, write).
  func pipeEnds() throws -> (Int32, Int32) {
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
    return (ends[0], ends[1])
  }

  /// Everything readable from `descriptor` now.
  func readAll(_ descriptor: Int32) -> [UInt8] {
    var all: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = read(descriptor, &chunk, chunk.count)
      guard count > 0 else { return all }
      all += chunk[..<count]
    }
  }

  @Test func whatTheTerminalDoesNotTakeWaitsAndArrivesInOrder() throws {
    let (reader, writer) = try pipeEnds()
    defer { close(reader) }
    let output = TerminalOutput(descriptor: writer, owned: true, flags: nil)
    defer { output.close() }
    // More than a pipe holds: the call returns at once, the rest waits.
    let first = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 % 251) }
    let second = Array("and then this".utf8)
    output.send(first)
    #expect(output.isWaiting)
    output.send(second)
    var received: [UInt8] = []
    while output.isWaiting {
      received += readAll(reader)
      output.flush()
    }
    received += readAll(reader)
    #expect(received == first + second)
  }

  @Test func aTerminalThatTakesNothingHoldsUpDrainOnlyUntilItsTime() throws {
    let (reader, writer) = try pipeEnds()
    defer { close(reader) }
    let output = TerminalOutput(descriptor: writer, owned: true, flags: nil)
    defer { output.close() }
    output.send([UInt8](repeating: 0x41, count: 300_000))
    output.drain(within: 50)
    #expect(output.isWaiting)
  }

  @Test func textBeyondTheLimitIsDroppedWhileTheTerminalTakesNothing() throws {
    let (reader, writer) = try pipeEnds()
    defer { close(reader) }
    let output = TerminalOutput(descriptor: writer, owned: true, flags: nil)
    defer { output.close() }
    let block = [UInt8](repeating: 0x42, count: 100_000)
    for _ in 0..<30 { output.send(block) }
    var received = 0
    while output.isWaiting {
      received += readAll(reader).count
      output.flush()
    }
    received += readAll(reader).count
    #expect(received <= TerminalOutput.limit + 65536 + block.count)
    #expect(received >= TerminalOutput.limit)
  }

  @Test func aTerminalThatHasGoneTakesNothingAndNothingWaits() throws {
    let (reader, writer) = try pipeEnds()
    close(reader)
    // A closed pipe's EPIPE stands for a hung-up terminal's EIO.
    signal(SIGPIPE, SIG_IGN)
    let output = TerminalOutput(descriptor: writer, owned: true, flags: nil)
    defer { output.close() }
    output.send(Array("a frame".utf8))
    #expect(output.isBroken)
    #expect(!output.isWaiting)
    output.send(Array("another".utf8))
    output.drain(within: 60_000)
    #expect(!output.isWaiting)
  }
}

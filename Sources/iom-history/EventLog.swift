import Foundation
import KioskCore

/// The operator's log: one line per event, with a UTC timestamp. It records
/// what the kiosk did, never what identifies a visitor. A log that cannot be
/// written is skipped: it never stops the kiosk.
final class EventLog {
  private let handle: FileHandle?

  init(path: String) {
    if !FileManager.default.fileExists(atPath: path) {
      FileManager.default.createFile(atPath: path, contents: nil)
    }
    handle = FileHandle(forWritingAtPath: path)
    _ = try? handle?.seekToEnd()
  }

  /// The open file, for the crash handler to write its line to.
  var descriptor: Int32? { handle?.fileDescriptor }

  func write(_ event: String) {
    let line = "\(Self.timestamp()) \(event)\n"
    try? handle?.write(contentsOf: Data(line.utf8))
  }

  private static func timestamp() -> String {
    var seconds = time(nil)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.tm_year + 1900, parts.tm_mon + 1,
      parts.tm_mday,
      parts.tm_hour, parts.tm_min, parts.tm_sec)
  }
}

/// Which state changes are worth a line in the log.
enum EventLogger {
  static func record(from old: AppState, to new: AppState, in log: EventLog) {
    if old.attract == nil, new.attract != nil { log.write("idle reset: attract loop started") }
    if old.attract != nil, new.attract == nil { log.write("attract loop ended by a key") }
    if old.pane != new.pane, new.attract == nil {
      log.write("section opened: \(sectionName(new.pane))")
    }
  }

  private static func sectionName(_ pane: Pane) -> String {
    switch pane {
    case .timeline: "timeline"
    case .work: "work areas"
    case .exhibition: "photo exhibition"
    }
  }
}

import Glibc
import KioskCore

/// The operator's log: one line per event, with a UTC timestamp. It records
/// what the kiosk did, never what identifies a visitor. A log that cannot be
/// written is skipped: it never stops the kiosk.
final class EventLog {
  /// The open file, for the crash handler to write its line to.
  let descriptor: Int32?

  init(path: String) {
    // Appending: each line lands at the end even if the operator's log
    // rotation truncated the file meanwhile.
    let opened = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
    descriptor = opened >= 0 ? opened : nil
  }

  func write(_ event: String) {
    guard let descriptor else { return }
    Output.write("\(Self.timestamp()) \(event)\n", to: descriptor)
  }

  private static func timestamp() -> String {
    var seconds = time(nil)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func digits(_ value: Int32, _ count: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, count - text.count)) + text
    }
    return digits(parts.tm_year + 1900, 4) + "-" + digits(parts.tm_mon + 1, 2) + "-"
      + digits(parts.tm_mday, 2) + "T" + digits(parts.tm_hour, 2) + ":"
      + digits(parts.tm_min, 2) + ":" + digits(parts.tm_sec, 2) + "Z"
  }
}

/// Which state changes are worth a line in the log.
enum EventLogger {
  static func record(from old: AppState, to new: AppState, of kiosk: Kiosk, in log: EventLog) {
    if old.attract == nil, new.attract != nil { log.write("idle reset: attract loop started") }
    if old.attract != nil, new.attract == nil { log.write("attract loop ended by a key") }
    // That a search happened, never what was typed.
    if old.search == nil, new.search != nil { log.write("search opened") }
    if old.section != new.section, new.attract == nil {
      log.write("section opened: \(kiosk.sections[new.section].logName)")
    }
    // What visitors read, by the item's id: `iom-history stats` counts them.
    if let reading = new.textRead,
      reading.index != old.textRead?.index
        || reading.section != old.textRead?.section
    {
      let section = kiosk.sections[reading.section]
      log.write("item opened: \(section.logName)/\(section.itemID(reading.index, kiosk.content))")
    }
    if old.language != new.language, new.attract == nil, old.attract == nil {
      log.write("language: \(new.language.code)")
    }
  }
}

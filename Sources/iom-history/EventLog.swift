import KioskCore
import OperatorLog

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

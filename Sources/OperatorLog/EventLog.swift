import Glibc

/// The operator's log: one line per event, with a UTC timestamp. It records
/// what the kiosk did, never what identifies a visitor.
public final class EventLog {
  public let file: LogFile

  public init(_ file: LogFile) { self.file = file }

  /// The open file, for the crash handler to write its line to.
  public var descriptor: Int32? { file.descriptor }

  public func write(_ event: String) {
    file.append("\(Self.timestamp()) \(event)\n")
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

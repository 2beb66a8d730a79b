/// One line of the kiosk's operator log, read: "2026-12-07T10:15:02Z section opened: timeline".
public struct LogRecord: Hashable, Sendable {
  /// Seconds since 1970, UTC.
  public var time: Int
  public var event: LogEvent

  /// The line read, or nil for a damaged or foreign line.
  public init?(line: Substring) {
    guard line.count > 21, let time = Self.seconds(line.prefix(20)),
      line[line.index(line.startIndex, offsetBy: 20)] == " "
    else { return nil }
    self.time = time
    event = LogEvent(String(line.dropFirst(21)))
  }

  public init(time: Int, event: LogEvent) {
    self.time = time
    self.event = event
  }

  /// "2026-12-07T10:15:02Z" as seconds since 1970, or nil.
  static func seconds(_ stamp: Substring) -> Int? {
    let bytes = Array(stamp.utf8)
    guard bytes.count == 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54,
      bytes[13] == 0x3A, bytes[16] == 0x3A, bytes[19] == 0x5A
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in bytes[range] {
        guard (0x30...0x39).contains(byte) else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
    else { return nil }
    return CivilDate(year: year, month: month, day: day).daysSince1970 * 86_400 + hour * 3600
      + minute * 60 + second
  }
}

/// What a log line says happened.
public enum LogEvent: Hashable, Sendable {
  case start, stop
  /// The kiosk's start language, logged after `start`.
  case startLanguage(String)
  /// Nobody there: the attract loop started, the last visitor forgotten.
  case idleReset
  /// A key ended the attract loop: a visitor arrived.
  case attractEnded
  case sectionOpened(String)
  /// "timeline/1951-brussels"
  case itemOpened(String)
  case searchOpened
  case language(String)
  /// Anything else the kiosk logs (signals, crashes), kept as written.
  case other(String)

  init(_ text: String) {
    switch text {
    case "start", "start (plain)": self = .start
    case "idle reset: attract loop started": self = .idleReset
    case "attract loop ended by a key": self = .attractEnded
    case "search opened": self = .searchOpened
    default:
      if text.hasPrefix("stop") {
        self = .stop
      } else if let rest = Self.value(text, after: "start language: ") {
        self = .startLanguage(rest)
      } else if let rest = Self.value(text, after: "section opened: ") {
        self = .sectionOpened(rest)
      } else if let rest = Self.value(text, after: "item opened: ") {
        self = .itemOpened(rest)
      } else if let rest = Self.value(text, after: "language: ") {
        self = .language(rest)
      } else {
        self = .other(text)
      }
    }
  }

  private static func value(_ text: String, after prefix: String) -> String? {
    text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : nil
  }

  /// A visitor did this (rather than the kiosk by itself).
  var isActivity: Bool {
    switch self {
    case .attractEnded, .sectionOpened, .itemOpened, .searchOpened, .language: true
    default: false
    }
  }
}

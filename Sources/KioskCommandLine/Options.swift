import HistoryContent
import KioskCore
import TerminalKit

/// Where the content comes from.
public struct ContentOptions: Sendable {
  static let specs: [OptionSpec] = [
    .value("content", "DIR", "Load the content from DIR instead of the built-in content.")
  ]

  public var directory: String?

  public init(_ arguments: ParsedArguments) {
    directory = arguments.string("content")
  }
}

/// The language and look a visitor meets first, and the accessibility
/// choices.
public struct LookOptions: Sendable {
  static let specs: [OptionSpec] = [
    .value("theme", "THEME", "Colours: standard or high-contrast (the c key switches too)."),
    .value("lang", "LANG", "Start in this language: a code the content is written in (en, de)."),
    .flag("show-cursor", "Keep the terminal's cursor on the focused item (for braille displays)."),
    .flag(
      "reduced-motion",
      "No animation or automatic advance, unless asked for with --attract-step or --step."),
    .flag(
      "plain",
      "A linear text stream for screen readers and braille displays: no frames, one item per line."
    ),
  ]

  public var startsHighContrast: Bool
  public var start: Language
  public var showCursor: Bool
  public var reducedMotion: Bool
  public var plain: Bool

  public init(_ arguments: ParsedArguments) throws(UsageError) {
    let theme = try arguments.choice(
      "theme", among: ["standard", "high-contrast"], default: "standard")
    startsHighContrast = theme == "high-contrast"
    let code = arguments.string("lang") ?? "en"
    // Which languages there are, the content says once it is loaded
    // (`checkLanguage`); here only the form of a language code is checked.
    guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
      throw UsageError(
        message: "--lang takes a language code such as en or de, not \(Argument.quoted(code)).")
    }
    start = Language(code)
    showCursor = arguments.flag("show-cursor")
    reducedMotion = arguments.flag("reduced-motion")
    plain = arguments.flag("plain")
  }
}

extension LookOptions {
  /// Refuses a --lang the content is not written in (or the interface has
  /// no strings for), naming those it is.
  public func checkLanguage(offered languages: [Language]) throws(UsageError) {
    guard !languages.contains(where: { $0.code == start.code }) else { return }
    let offered = languages.map(\.code).joined(separator: ", ")
    throw UsageError(
      message: "--lang \(Argument.quoted(start.code)): the content is written in \(offered).")
  }
}

/// The range each timer option accepts. Below it the kiosk would reset
/// after every key or redraw without pause; above it, a value is a typo.
public enum TimerBounds {
  /// --idle: a second at least (a visitor must be able to press a key),
  /// a day at most.
  public static let idle: ClosedRange<Double> = 1...86_400
  /// --attract-step and --step: 20 slides a second at most, an hour each at
  /// most.
  public static let slide: ClosedRange<Double> = 0.05...3_600
}

/// Kiosk mode and how it behaves.
public struct KioskOptions: Sendable {
  static let specs: [OptionSpec] = [
    .flag("kiosk", "Run as an unattended kiosk: idle reset, attract loop, locked quit keys."),
    .value(
      "idle", "SECONDS",
      "Kiosk mode: seconds without input before the reset (default 90; 1 to 86400)."),
    .value(
      "attract-step", "SECONDS",
      "Kiosk mode: seconds each attract slide shows (default 8; 0.05 to 3600)."),
    .value(
      "operator-key", "KEYS",
      "Kiosk mode: the keys that ask to quit, in order (default ctrl-x,ctrl-q; or e.g. f12,f12,f12)."
    ),
    .value("log", "FILE", "Append one line per event (start, stop, idle reset …) to FILE."),
    .value(
      "log-max", "SIZE",
      "Rotate the log when it reaches SIZE (default 10M; 64K to 1G): FILE becomes FILE.1."),
    .value(
      "record", "FILE",
      "Record the session to FILE as asciicast v2, as it is seen (not with --kiosk)."),
  ]

  /// The default and the range of --log-max.
  public static let defaultLogLimit = 10 << 20
  public static let logLimitBounds = (64 << 10)...(1 << 30)

  public var kiosk: Bool
  public var idle: Double
  public var attractStep: Double?
  public var operatorSequence: [Key]
  public var log: String?
  public var logLimit: Int
  /// Where to record the session, if asked.
  public var record: String?

  public init(_ arguments: ParsedArguments) throws(UsageError) {
    kiosk = arguments.flag("kiosk")
    record = arguments.string("record")
    if kiosk && record != nil {
      throw UsageError(message: "--record does not go with --kiosk: no visitor is recorded.")
    }
    idle = try arguments.seconds("idle", within: TimerBounds.idle) ?? 90
    attractStep = try arguments.seconds("attract-step", within: TimerBounds.slide)
    if let keys = arguments.string("operator-key") {
      guard let sequence = Key.sequence(named: keys) else {
        throw UsageError(
          message:
            "--operator-key: cannot read \(Argument.quoted(keys)); write keys like ctrl-x,ctrl-q or f12,f12,f12."
        )
      }
      operatorSequence = sequence
    } else {
      operatorSequence = KioskSettings.defaultOperatorSequence
    }
    log = arguments.string("log")
    logLimit = try arguments.bytes("log-max", within: Self.logLimitBounds) ?? Self.defaultLogLimit
  }

  public func settings(_ look: LookOptions) -> KioskSettings {
    // Reduced motion holds the attract slide still, unless the operator set
    // its pace explicitly.
    let step = attractStep ?? (look.reducedMotion ? .infinity : 8)
    return KioskSettings(
      isLockedDown: kiosk, idleTimeout: kiosk ? idle : nil, attractStep: step,
      operatorSequence: operatorSequence, startLanguage: look.start,
      startsHighContrast: look.startsHighContrast, showsCursor: look.showCursor)
  }
}

/// The presenter's tour: its pace.
public struct DemoOptions: Sendable {
  static let specs: [OptionSpec] = [
    .value("step", "SECONDS", "Seconds each stop shows (default 10; 0.05 to 3600)."),
    .value(
      "record", "FILE",
      "Play the whole tour once without a terminal and write it to FILE as an asciicast v2 recording."
    ),
    .value("size", "COLSxROWS", "With --record: the recording's size (default 100x30)."),
  ]

  public var step: Double?
  /// Where to write the recording, if one was asked for.
  public var record: String?
  public var size: Size

  public init(_ arguments: ParsedArguments) throws(UsageError) {
    step = try arguments.seconds("step", within: TimerBounds.slide)
    record = arguments.string("record")
    size = Size(width: 100, height: 30)
    if let text = arguments.string("size") {
      guard record != nil else { throw UsageError(message: "--size goes with --record.") }
      let parts = text.split(separator: "x", omittingEmptySubsequences: false)
      guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
        (Size.minimum.width...1000).contains(width), (Size.minimum.height...500).contains(height)
      else {
        throw UsageError(
          message:
            "--size takes COLSxROWS from \(Size.minimum) to 1000x500, not \(Argument.quoted(text))."
        )
      }
      size = Size(width: width, height: height)
    }
  }
}

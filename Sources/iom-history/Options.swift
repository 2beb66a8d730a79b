import BuiltInContent
import Glibc
import HistoryContent
import KioskCore

/// Where the content comes from.
struct ContentOptions {
  static let specs: [OptionSpec] = [
    .value("content", "DIR", "Load the content from DIR instead of the built-in content.")
  ]

  var directory: String?

  init(_ arguments: ParsedArguments) {
    directory = arguments.string("content")
  }

  /// The content, or a clear message and exit status 65 (EX_DATAERR) before
  /// the terminal is touched. The built-in content was checked when the
  /// binary was built.
  func load() throws(ExitStatus) -> Content {
    guard let directory else { return BuiltInContent.content }
    do {
      return try ContentLoader.load(directory: directory)
    } catch {
      Output.standardError("iom-history: the content cannot be used:\n\(error)\n")
      throw ExitStatus(code: 65)
    }
  }
}

/// The language and look a visitor meets first, and the accessibility
/// choices.
struct LookOptions {
  static let specs: [OptionSpec] = [
    .value("theme", "THEME", "Colours: standard or high-contrast (the c key switches too)."),
    .value("lang", "LANG", "Start in this language: en or de."),
    .flag("show-cursor", "Keep the terminal's cursor on the focused item (for braille displays)."),
    .flag(
      "reduced-motion",
      "No animation or automatic advance, unless asked for with --attract-step or --step."),
    .flag(
      "plain",
      "A linear text stream for screen readers and braille displays: no frames, one item per line."
    ),
  ]

  var startsHighContrast: Bool
  var start: Language
  var showCursor: Bool
  var reducedMotion: Bool
  var plain: Bool

  init(_ arguments: ParsedArguments) throws(UsageError) {
    let theme = try arguments.choice(
      "theme", among: ["standard", "high-contrast"], default: "standard")
    startsHighContrast = theme == "high-contrast"
    start = Language(try arguments.choice("lang", among: ["en", "de"], default: "en"))
    showCursor = arguments.flag("show-cursor")
    reducedMotion = arguments.flag("reduced-motion")
    plain = arguments.flag("plain")
  }
}

/// Kiosk mode and how it behaves.
struct KioskOptions {
  static let specs: [OptionSpec] = [
    .flag("kiosk", "Run as an unattended kiosk: idle reset, attract loop, locked quit keys."),
    .value("idle", "SECONDS", "Kiosk mode: seconds without input before the reset (default 90)."),
    .value("attract-step", "SECONDS", "Kiosk mode: seconds each attract slide shows (default 8)."),
    .value(
      "operator-key", "KEYS",
      "Kiosk mode: the keys that ask to quit, in order (default ctrl-x,ctrl-q; or e.g. f12,f12,f12)."
    ),
    .value("log", "FILE", "Append one line per event (start, stop, idle reset …) to FILE."),
  ]

  var kiosk: Bool
  var idle: Double
  var attractStep: Double?
  var operatorSequence: [Key]
  var log: String?

  init(_ arguments: ParsedArguments) throws(UsageError) {
    kiosk = arguments.flag("kiosk")
    idle = try arguments.seconds("idle") ?? 90
    attractStep = try arguments.seconds("attract-step")
    if let keys = arguments.string("operator-key") {
      guard let sequence = Key.sequence(named: keys) else {
        throw UsageError(
          message:
            "--operator-key: cannot read '\(keys)'; write keys like ctrl-x,ctrl-q or f12,f12,f12.")
      }
      operatorSequence = sequence
    } else {
      operatorSequence = KioskSettings.defaultOperatorSequence
    }
    log = arguments.string("log")
  }

  func settings(_ look: LookOptions) -> KioskSettings {
    // Reduced motion holds the attract slide still, unless the operator set
    // its pace explicitly.
    let step = attractStep ?? (look.reducedMotion ? .infinity : 8)
    return KioskSettings(
      isLockedDown: kiosk, idleTimeout: kiosk ? idle : nil, attractStep: step,
      operatorSequence: operatorSequence, startLanguage: look.start,
      startsHighContrast: look.startsHighContrast, showsCursor: look.showCursor)
  }
}

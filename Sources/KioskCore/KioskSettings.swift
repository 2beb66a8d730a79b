import HistoryContent
import TerminalKit

/// How the app behaves beyond the keys: set once from the command line.
public struct KioskSettings: Hashable, Sendable {
  /// Kiosk mode: keys that would quit or suspend are locked; only the
  /// operator's sequence (with a confirmation) or a signal ends the app.
  public var isLockedDown: Bool
  /// Seconds without input before everything resets and the attract loop
  /// plays; nil: never (outside kiosk mode).
  public var idleTimeout: Double?
  /// Seconds each attract slide shows; `.infinity`: the slides do not move
  /// on (reduced motion).
  public var attractStep: Double
  /// The keys an operator types, in order, to be asked whether to quit.
  public var operatorSequence: [Key]
  /// The language a visitor meets, and the idle reset returns to.
  public var startLanguage: Language
  /// Seconds each stop of the presenter's tour shows; `.infinity`: only the
  /// presenter moves it on.
  public var tourStep: Double
  /// Start (and reset to) the high-contrast theme.
  public var startsHighContrast: Bool
  /// Keep the terminal's cursor on the focused item, where a braille
  /// display follows it.
  public var showsCursor: Bool

  public init(
    isLockedDown: Bool = false, idleTimeout: Double? = nil, attractStep: Double = 8,
    operatorSequence: [Key] = KioskSettings.defaultOperatorSequence,
    startLanguage: Language = .english,
    tourStep: Double = 10, startsHighContrast: Bool = false, showsCursor: Bool = false
  ) {
    self.isLockedDown = isLockedDown
    self.idleTimeout = idleTimeout
    self.attractStep = attractStep
    self.operatorSequence = operatorSequence
    self.startLanguage = startLanguage
    self.tourStep = tourStep
    self.startsHighContrast = startsHighContrast
    self.showsCursor = showsCursor
  }

  /// Ctrl-X then Ctrl-Q: two control chords in a row, which no visitor types
  /// by accident and no exhibit keyboard sends on its own.
  public static let defaultOperatorSequence: [Key] = [.control("x"), .control("q")]
}

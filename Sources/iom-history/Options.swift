import ArgumentParser
import Foundation
import HistoryContent
import KioskCore

/// Where the content comes from.
struct ContentOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Load the content from DIR instead of the built-in content.", valueName: "DIR"))
  var content: String?

  /// The content, or a clear message and exit status 65 (EX_DATAERR) before
  /// the terminal is touched.
  func load() throws -> Content {
    do {
      if let content { return try ContentLoader.load(directory: content) }
      return try ContentLoader.builtIn()
    } catch {
      FileHandle.standardError.write(
        Data("iom-history: the content cannot be used:\n\(error)\n".utf8))
      throw ExitCode(65)
    }
  }
}

/// The language and look a visitor meets first, and the accessibility
/// choices.
struct LookOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Colours: standard or high-contrast (the c key switches too).", valueName: "THEME"))
  var theme: String = "standard"

  var startsHighContrast: Bool { theme == "high-contrast" }

  @Option(name: .long, help: ArgumentHelp("Start in this language: en or de.", valueName: "LANG"))
  var lang: String = "en"

  var start: Language { Language(lang) }

  @Flag(name: .long, help: "Keep the terminal's cursor on the focused item (for braille displays).")
  var showCursor = false

  @Flag(
    name: .long,
    help: "No animation or automatic advance, unless asked for with --attract-step or --step.")
  var reducedMotion = false

  @Flag(
    name: .long,
    help:
      "A linear text stream for screen readers and braille displays: no frames, one item per line.")
  var plain = false

  func validate() throws {
    guard ["en", "de"].contains(lang) else { throw ValidationError("--lang takes en or de.") }
    guard ["standard", "high-contrast"].contains(theme) else {
      throw ValidationError("--theme takes standard or high-contrast.")
    }
  }
}

/// Kiosk mode and how it behaves.
struct KioskOptions: ParsableArguments {
  @Flag(
    name: .long, help: "Run as an unattended kiosk: idle reset, attract loop, locked quit keys.")
  var kiosk = false

  @Option(
    name: .long,
    help: ArgumentHelp("Kiosk mode: seconds without input before the reset.", valueName: "SECONDS"))
  var idle: Double = 90

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Kiosk mode: seconds each attract slide shows (default 8).", valueName: "SECONDS"))
  var attractStep: Double?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Kiosk mode: the keys that ask to quit, in order (e.g. ctrl-x,ctrl-q or f12,f12,f12).",
      valueName: "KEYS"))
  var operatorKey: String = KioskSettings.defaultOperatorSequence.map(\.name).joined(separator: ",")

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Append one line per event (start, stop, idle reset …) to FILE.", valueName: "FILE"))
  var log: String?

  func validate() throws {
    guard idle > 0 else { throw ValidationError("--idle must be more than 0 seconds.") }
    guard (attractStep ?? 1) > 0 else {
      throw ValidationError("--attract-step must be more than 0 seconds.")
    }
    guard Key.sequence(named: operatorKey) != nil else {
      throw ValidationError(
        "--operator-key: cannot read '\(operatorKey)'; write keys like ctrl-x,ctrl-q or f12,f12,f12."
      )
    }
  }

  func settings(_ look: LookOptions) throws -> KioskSettings {
    // Reduced motion holds the attract slide still, unless the operator set
    // its pace explicitly.
    let step = attractStep ?? (look.reducedMotion ? .infinity : 8)
    return KioskSettings(
      isLockedDown: kiosk, idleTimeout: kiosk ? idle : nil, attractStep: step,
      operatorSequence: Key.sequence(named: operatorKey) ?? KioskSettings.defaultOperatorSequence,
      startLanguage: look.start, startsHighContrast: look.startsHighContrast,
      showsCursor: look.showCursor)
  }
}

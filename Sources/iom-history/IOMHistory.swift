import ArgumentParser
import Foundation
import HistoryContent
import KioskCore
import TermUI

@main
struct IOMHistory: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "iom-history",
    abstract: "Explore the history of IOM and its 70-year partnership with Germany.",
    discussion: """
      Keys: arrows or j/k select, Enter opens, Esc goes back, Tab or 1-3 change \
      section, L switches between English and German, ? shows every key, q quits.
      When the output is not a terminal, or the terminal cannot be driven, the \
      content is printed as plain text instead.
      With --kiosk: after --idle seconds without input everything resets and an \
      attract loop plays; q and Ctrl-C are locked; the operator's key sequence \
      (default ctrl-x,ctrl-q) asks to quit; SIGTERM and SIGHUP quit cleanly.
      """,
    version: AppVersion.current,
    subcommands: [Dump.self, Demo.self, Validate.self]
  )

  @OptionGroup var content: ContentOptions
  @OptionGroup var look: LookOptions
  @OptionGroup var kiosk: KioskOptions

  /// Without a subcommand: start the kiosk.
  func run() throws {
    let settings = try kiosk.settings(look)
    let app = Kiosk(content: try content.load(), settings: settings)
    let log = kiosk.log.map(EventLog.init(path:))
    let loop = look.plain ? PlainLoop.run : EventLoop.run
    let outcome = loop(app, log) { size, now in app.initialState(size: size, at: now) }
    try outcome.finish()
  }
}

/// Prints everything as plain text.
struct Dump: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Print all content as plain text.")

  @OptionGroup var content: ContentOptions
  @OptionGroup var look: LookOptions

  func run() throws {
    let kiosk = Kiosk(content: try content.load())
    print(PlainText.render(kiosk, language: look.start))
  }
}

/// The presenter's guided tour.
struct Demo: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Play a guided tour through the story for a presentation.",
    discussion: "Space pauses and resumes, Left and Right step, q leaves.")

  @OptionGroup var content: ContentOptions
  @OptionGroup var look: LookOptions

  @Option(
    name: .long, help: ArgumentHelp("Seconds each stop shows (default 10).", valueName: "SECONDS"))
  var step: Double?

  func validate() throws {
    guard (step ?? 1) > 0 else { throw ValidationError("--step must be more than 0 seconds.") }
  }

  func run() throws {
    // Reduced motion: the presenter moves on, unless a pace was asked for.
    let settings = KioskSettings(
      startLanguage: look.start, tourStep: step ?? (look.reducedMotion ? .infinity : 10),
      startsHighContrast: look.startsHighContrast, showsCursor: look.showCursor)
    let app = Kiosk(content: try content.load(), settings: settings)
    let loop = look.plain ? PlainLoop.run : EventLoop.run
    let outcome = loop(app, nil) { size, now in app.tourState(size: size, at: now) }
    try outcome.finish()
  }
}

enum AppVersion {
  static let current = "0.2.0"
}

import Glibc
import HistoryContent
import KioskCore
import TermUI

/// The program: reads the command line and runs the kiosk, or one of the
/// subcommands.
///
/// The command line is read by a small parser of its own rather than a
/// library: a reflection-based parser cost several milliseconds of every
/// start, and its Foundation a few MiB of memory (see bench/README.md).
@main
enum IOMHistory {
  static let command = CommandSpec(
    name: "iom-history",
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
    options: ContentOptions.specs + LookOptions.specs + KioskOptions.specs,
    subcommands: [Dump.command, Demo.command, Validate.command])

  static func main() {
    let words = Array(CommandLine.arguments.dropFirst())
    // The command a usage error is about: a subcommand named first, or the program.
    let shown = command.subcommands.first { $0.name == words.first } ?? command
    do {
      let arguments = try CommandLineParser.parse(words, root: command)
      if arguments.wantsHelp {
        print(Help.text(for: arguments.command, root: command))
      } else if arguments.wantsVersion {
        print(AppVersion.current)
      } else {
        try run(arguments)
      }
    } catch let error as UsageError {
      // EX_USAGE
      Output.standardError(
        "Error: \(error.message)\nUsage: \(Help.usage(shown, root: command))\n"
          + "  See '\(Help.invocation(shown, root: command)) --help' for more.\n")
      exit(64)
    } catch let status as ExitStatus {
      exit(status.code)
    } catch {
      Output.standardError("iom-history: \(error)\n")
      exit(1)
    }
  }

  private static func run(_ arguments: ParsedArguments) throws {
    switch arguments.command.name {
    case Dump.command.name: try Dump(arguments).run()
    case Demo.command.name: try Demo(arguments).run()
    case Validate.command.name: try Validate(arguments).run()
    default: try startKiosk(arguments)
    }
  }

  /// Without a subcommand: start the kiosk.
  private static func startKiosk(_ arguments: ParsedArguments) throws {
    let look = try LookOptions(arguments)
    let options = try KioskOptions(arguments)
    let app = Kiosk(
      content: try ContentOptions(arguments).load(), settings: options.settings(look))
    let log = options.log.map(EventLog.init(path:))
    let loop = look.plain ? PlainLoop.run : EventLoop.run
    let outcome = loop(app, log) { size, now in app.initialState(size: size, at: now) }
    outcome.finish()
  }
}

/// Prints everything as plain text.
struct Dump {
  static let command = CommandSpec(
    name: "dump", abstract: "Print all content as plain text.",
    options: ContentOptions.specs + LookOptions.specs)

  let content: ContentOptions
  let look: LookOptions

  init(_ arguments: ParsedArguments) throws(UsageError) {
    content = ContentOptions(arguments)
    look = try LookOptions(arguments)
  }

  func run() throws(ExitStatus) {
    let kiosk = Kiosk(content: try content.load())
    print(PlainText.render(kiosk, language: look.start))
  }
}

/// The presenter's guided tour.
struct Demo {
  static let command = CommandSpec(
    name: "demo", abstract: "Play a guided tour through the story for a presentation.",
    discussion: "Space pauses and resumes, Left and Right step, q leaves.",
    options: ContentOptions.specs + LookOptions.specs + [
      .value("step", "SECONDS", "Seconds each stop shows (default 10).")
    ])

  let content: ContentOptions
  let look: LookOptions
  let step: Double?

  init(_ arguments: ParsedArguments) throws(UsageError) {
    content = ContentOptions(arguments)
    look = try LookOptions(arguments)
    step = try arguments.seconds("step")
  }

  func run() throws(ExitStatus) {
    // Reduced motion: the presenter moves on, unless a pace was asked for.
    let settings = KioskSettings(
      startLanguage: look.start, tourStep: step ?? (look.reducedMotion ? .infinity : 10),
      startsHighContrast: look.startsHighContrast, showsCursor: look.showCursor)
    let app = Kiosk(content: try content.load(), settings: settings)
    let loop = look.plain ? PlainLoop.run : EventLoop.run
    let outcome = loop(app, nil) { size, now in app.tourState(size: size, at: now) }
    outcome.finish()
  }
}

enum AppVersion {
  static let current = "0.2.0"
}

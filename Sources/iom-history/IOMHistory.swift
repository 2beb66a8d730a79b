import Glibc
import HistoryContent
import KioskCommandLine
import KioskCore
import OperatorLog
import TermUI

/// The program: reads the command line and runs the kiosk, or one of the
/// subcommands.
///
/// The command line is read by a small parser of its own rather than a
/// library: a reflection-based parser cost several milliseconds of every
/// start, and its Foundation a few MiB of memory (see bench/README.md).
@main
enum IOMHistory {
  static let command = Commands.root

  static func main() {
    Output.guardStandardDescriptors()
    let words = Array(CommandLine.arguments.dropFirst())
    // The command a usage error is about: the subcommand wherever it stands,
    // or the program.
    let shown = CommandLineParser.command(of: words, root: command)
    do {
      let arguments = try CommandLineParser.parse(words, root: command)
      if arguments.wantsHelp {
        Output.result(Help.text(for: arguments.command, root: command) + "\n")
      } else if arguments.wantsVersion {
        Output.result(AppVersion.current + "\n")
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
    case Commands.dump.name: try Dump(arguments).run()
    case Commands.demo.name: try Demo(arguments).run()
    case Commands.validate.name: try Validate(arguments).run()
    case Commands.search.name: try Search(arguments).run()
    case Commands.stats.name: try Stats(arguments).run()
    default: try startKiosk(arguments)
    }
  }

  /// Without a subcommand: start the kiosk.
  private static func startKiosk(_ arguments: ParsedArguments) throws {
    let look = try LookOptions(arguments)
    let options = try KioskOptions(arguments)
    let app = Kiosk(
      content: try ContentOptions(arguments).load(), settings: options.settings(look))
    try look.checkLanguage(offered: app.languages)
    let recording = try options.record.map { try SessionRecording(path: $0) }
    let log = options.log.flatMap { openLog($0, limit: options.logLimit) }
    let loop = look.plain ? PlainLoop.run : EventLoop.run
    let outcome = loop(app, log, recording) { size, now in app.initialState(size: size, at: now) }
    // The terminal is restored by now: a recording cut short may say so.
    let recorded = recording?.finish() ?? true
    outcome.finish()
    if !recorded { throw ExitStatus(code: 74) }  // EX_IOERR
  }

  /// The operator's log, or nil with a message on standard error (the
  /// service's journal) before the screen starts: the kiosk runs either way.
  private static func openLog(_ path: String, limit: Int) -> EventLog? {
    let file = LogFile(path: path, limit: limit)
    if let problem = file.problem {
      Output.standardError(
        "iom-history: --log \(Argument.quoted(path)) \(problem); the kiosk runs without a log.\n")
      return nil
    }
    return EventLog(file)
  }
}

/// Prints everything as plain text.
struct Dump {
  let content: ContentOptions
  let look: LookOptions

  init(_ arguments: ParsedArguments) throws(UsageError) {
    content = ContentOptions(arguments)
    look = try LookOptions(arguments)
  }

  func run() throws {
    let kiosk = Kiosk(content: try content.load())
    try look.checkLanguage(offered: kiosk.languages)
    Output.result(PlainText.render(kiosk, language: look.start) + "\n")
  }
}

/// The presenter's guided tour.
struct Demo {
  let content: ContentOptions
  let look: LookOptions
  let options: DemoOptions

  init(_ arguments: ParsedArguments) throws(UsageError) {
    content = ContentOptions(arguments)
    look = try LookOptions(arguments)
    options = try DemoOptions(arguments)
  }

  func run() throws {
    // Reduced motion: the presenter moves on, unless a pace was asked for.
    let settings = KioskSettings(
      startLanguage: look.start, tourStep: options.step ?? (look.reducedMotion ? .infinity : 10),
      startsHighContrast: look.startsHighContrast, showsCursor: look.showCursor)
    let app = Kiosk(content: try content.load(), settings: settings)
    try look.checkLanguage(offered: app.languages)
    if let path = options.record {
      // A recording moves on by itself even for reduced motion: nobody presses keys.
      var paced = settings
      paced.tourStep = options.step ?? 10
      try TourRecording(
        kiosk: Kiosk(content: app.content, settings: paced), size: options.size, path: path,
        highContrast: look.startsHighContrast
      ).run()
      return
    }
    let loop = look.plain ? PlainLoop.run : EventLoop.run
    let outcome = loop(app, nil, nil) { size, now in app.tourState(size: size, at: now) }
    outcome.finish()
  }
}

enum AppVersion {
  static let current = "0.2.0"
}

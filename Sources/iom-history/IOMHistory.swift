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
      section, ? shows every key, q quits.
      When the output is not a terminal, or the terminal cannot be driven, the \
      content is printed as plain text instead.
      """,
    version: AppVersion.current,
    subcommands: [Dump.self]
  )

  @OptionGroup var options: ContentOptions

  /// Without a subcommand: start the kiosk.
  func run() throws {
    let kiosk = Kiosk(content: try options.load())
    let signal = EventLoop.run(kiosk)
    if let signal { reraise(signal) }
  }

  /// Ends the process the way the signal would have, now that the terminal
  /// is restored, so a service manager sees what happened.
  private func reraise(_ signal: Int32) -> Never {
    Foundation.signal(signal, SIG_DFL)
    raise(signal)
    Foundation.exit(128 + signal)
  }
}

/// Options every command shares.
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

struct Dump: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Print all content as plain text.")

  @OptionGroup var options: ContentOptions

  func run() throws {
    let kiosk = Kiosk(content: try options.load())
    print(PlainText.render(kiosk))
  }
}

enum AppVersion {
  static let current = "0.1.0"
}

import KioskCommandLine
import KioskCore
import TermUI

/// `iom-history search WORDS`: what the kiosk's search finds, as plain text
/// for scripts; exit 1 when nothing matches, as grep does.
struct Search {
  let content: ContentOptions
  let look: LookOptions
  let words: [String]

  init(_ arguments: ParsedArguments) throws(UsageError) {
    content = ContentOptions(arguments)
    look = try LookOptions(arguments)
    words = arguments.arguments
    guard !words.isEmpty else { throw UsageError(message: "search needs words to look for.") }
  }

  func run() throws {
    let kiosk = Kiosk(content: try content.load())
    try look.checkLanguage(offered: kiosk.languages)
    let session = SearchSession(text: words.joined(separator: " "))
    let lines = PlainText.searchResults(kiosk, session, language: look.start)
    Output.result(lines.joined(separator: "\n") + "\n")
    if kiosk.results(session).isEmpty { throw ExitStatus(code: 1) }
  }
}

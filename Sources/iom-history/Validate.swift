import BuiltInContent
import Glibc
import HistoryContent

/// Checks content the way the kiosk reads it, for curators: every problem,
/// not just the first, and warnings for what is allowed but probably
/// unintended.
struct Validate {
  static let command = CommandSpec(
    name: "validate",
    abstract: "Check a content directory and list every problem.",
    discussion: """
      Prints each problem as file:line:column: field: what is wrong — how to \
      fix it, then a summary. Warnings are marked "warning:" and do not fail \
      the check. Exit status 0 when there is no error, 65 when there is one.
      """,
    options: [],
    argument: (
      "DIR",
      "The folder with timeline.yaml, work.yaml and exhibition.yaml (default: the built-in content)."
    ))

  let directory: String?

  init(_ arguments: ParsedArguments) {
    directory = arguments.argument
  }

  func run() throws(ExitStatus) {
    let report =
      directory.map(ContentLoader.validate(directory:)) ?? BuiltInContent.validate()
    for problem in report.problems { print(problem) }
    print(Self.summary(report, of: directory.map(Visible.text) ?? "the built-in content"))
    // EX_DATAERR, as when the kiosk refuses content at start.
    if !report.errors.isEmpty { throw ExitStatus(code: 65) }
  }

  /// "2 errors, 1 warning in DIR" or "content OK: 21 events, … (1 warning)".
  static func summary(_ report: ContentReport, of place: String) -> String {
    let warnings = report.warnings.count
    if let content = report.content {
      let counts = [
        count(content.eras.count, "era"), count(content.events.count, "event"),
        count(content.areas.count, "area"), count(content.captions.count, "caption"),
      ]
      let note = warnings > 0 ? " (\(count(warnings, "warning")))" : ""
      return "content OK: \(counts.joined(separator: ", "))\(note)"
    }
    return "\(count(report.errors.count, "error")), \(count(warnings, "warning")) in \(place)"
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}

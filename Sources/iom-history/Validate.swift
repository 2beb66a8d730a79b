import BuiltInContent
import Glibc
import HistoryContent
import KioskCommandLine

/// Checks content the way the kiosk reads it, for curators: every problem,
/// not just the first, and warnings for what is allowed but probably
/// unintended; and decodes every photo, which the kiosk leaves until one
/// is shown.
struct Validate {
  let directory: String?

  init(_ arguments: ParsedArguments) {
    directory = arguments.argument
  }

  func run() throws(ExitStatus) {
    let loaded =
      directory.map(ContentLoader.validate(directory:)) ?? BuiltInContent.validate()
    let photos = PhotoCheck(loaded.photos)
    let report = loaded.adding(photos.problems)
    var summary = Self.summary(report, of: directory.map(Visible.text) ?? "the built-in content")
    if let photoSummary = photos.summary { summary += "; " + photoSummary }
    let lines = report.problems.map(String.init(describing:)) + photos.lines + [summary]
    Output.result(lines.joined(separator: "\n") + "\n")
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

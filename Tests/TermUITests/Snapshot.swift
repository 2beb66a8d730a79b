import Foundation
import Testing

/// Golden-file snapshots of rendered screens. Each screen is stored as plain
/// text in Tests/TermUITests/Snapshots/NAME.txt and reviewed like code.
/// Run with UPDATE_SNAPSHOTS=1 to write them anew after an intended change.
enum Snapshot {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  static func assert(
    _ lines: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    // Trailing blanks are trimmed so that the files diff and read cleanly.
    let text =
      lines.map { line in
        var line = line
        while line.last == " " { line.removeLast() }
        return line
      }.joined(separator: "\n") + "\n"
    let file = directory.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] != nil {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try? text.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
      Issue.record(
        "no snapshot \(name).txt: run with UPDATE_SNAPSHOTS=1 to record it",
        sourceLocation: sourceLocation)
      return
    }
    if text != expected {
      let got = text.split(separator: "\n", omittingEmptySubsequences: false)
      let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let row = Array(zip(got, want)).firstIndex { $0 != $1 } ?? min(got.count, want.count)
      Issue.record(
        """
        snapshot \(name).txt differs from row \(row + 1):
          expected: \(row < want.count ? String(want[row]) : "<end>")
          rendered: \(row < got.count ? String(got[row]) : "<end>")
        whole screen:
        \(text)
        """, sourceLocation: sourceLocation)
    }
  }
}

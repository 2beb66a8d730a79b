import Foundation
import HistoryContent
import Testing

/// The broken content directories in `Tests/ContentCorpus/`, each one the
/// shipped content with one mistake (or a few, for the combinations).
///
/// A case folder holds:
/// - the content files it replaces, whole (`work.yaml`, …): a copy of the
///   shipped file with the mistake in it;
/// - `expected.txt`: the problems `iom-history validate` prints for it, one
///   a line, with file names relative to the case;
/// - optionally `remove.txt`: shipped files to leave out, one a line;
/// - optionally `generate.txt`: `FILE BYTES` lines; FILE becomes the shipped
///   file padded with comment lines to BYTES bytes (for sizes too large to
///   keep in the repository).
///
/// The shipped files raise warnings of their own (see
/// `ContentValidationTests`); those are asserted once there, not repeated
/// in every case: a warning in a file the case leaves as shipped is not
/// compared. Errors are always compared, wherever they are.
struct ContentCorpusCase: CustomTestStringConvertible, Sendable {
  let name: String
  var directory: String { (ContentCorpusCase.root as NSString).appendingPathComponent(name) }
  var testDescription: String { name }

  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("ContentCorpus").path

  static let controlFiles: Set<String> = [
    "expected.txt", "remove.txt", "generate.txt", "README.md",
  ]

  /// Every case folder, by name.
  static var all: [ContentCorpusCase] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    return names.sorted().compactMap { name in
      var isDirectory: ObjCBool = false
      let path = (root as NSString).appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else { return nil }
      return ContentCorpusCase(name: name)
    }
  }

  /// The lines of `expected.txt`.
  func expected() throws -> [String] {
    let path = (directory as NSString).appendingPathComponent("expected.txt")
    return try String(contentsOfFile: path, encoding: .utf8)
      .split(separator: "\n").map(String.init)
  }

  /// The problems found in the shipped content with this case laid over it,
  /// as printed, with file names relative to the content directory.
  func actual() throws -> [String] {
    let work = FileManager.default.temporaryDirectory
      .appendingPathComponent("iom-corpus-\(name)-\(UUID())").path
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: work) }
    let replaced = try lay(into: work)
    let report = ContentLoader.validate(directory: work)
    return report.problems.filter { problem in
      problem.isError || replaced.contains((problem.file as NSString).lastPathComponent)
    }.map { problem in
      var problem = problem
      problem.file = problem.file.replacingOccurrences(of: work + "/", with: "")
      return problem.description
    }
  }

  /// Copies the shipped files into `work`, then this case's changes over
  /// them; returns the names of the files the case replaced.
  private func lay(into work: String) throws -> Set<String> {
    let fileManager = FileManager.default
    for name in ContentLoader.fileNames {
      try fileManager.copyItem(
        atPath: (ContentFixtures.resourcesDirectory as NSString).appendingPathComponent(name),
        toPath: (work as NSString).appendingPathComponent(name))
    }
    var replaced: Set<String> = []
    for name in try fileManager.contentsOfDirectory(atPath: directory)
    where !Self.controlFiles.contains(name) {
      let target = (work as NSString).appendingPathComponent(name)
      try? fileManager.removeItem(atPath: target)
      try fileManager.copyItem(
        atPath: (directory as NSString).appendingPathComponent(name), toPath: target)
      replaced.insert(name)
    }
    for name in lines(of: "remove.txt") {
      try fileManager.removeItem(atPath: (work as NSString).appendingPathComponent(name))
      replaced.insert(name)
    }
    for line in lines(of: "generate.txt") {
      let parts = line.split(separator: " ")
      guard parts.count == 2, let bytes = Int(parts[1]) else { continue }
      let name = String(parts[0])
      try Self.padded(ContentFixtures.builtInFiles[name] ?? "", to: bytes)
        .write(to: URL(fileURLWithPath: work).appendingPathComponent(name))
      replaced.insert(name)
    }
    return replaced
  }

  private func lines(of control: String) -> [String] {
    let path = (directory as NSString).appendingPathComponent(control)
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
  }

  /// `text` followed by YAML comment lines up to exactly `bytes` bytes.
  static func padded(_ text: String, to bytes: Int) -> Data {
    var data = Data(text.utf8)
    let line = Data(("# " + String(repeating: "x", count: 77) + "\n").utf8)
    while data.count + line.count <= bytes { data.append(line) }
    data.append(Data(repeating: UInt8(ascii: "#"), count: max(0, bytes - data.count)))
    return data
  }
}

import Foundation
import HistoryContent
import Testing

/// A broken-content case in `Tests/ContentCorpus/`: a `NAME.case` file that
/// says which mistake to make in a copy of the shipped content, and which
/// problems `iom-history validate` must then report. The format is in the
/// folder's README.md.
///
/// The changes find their place by small anchors (an id, a field name), not
/// by line numbers or whole paragraphs, so that an edit of the shipped texts
/// or a new field in them leaves the cases as they are.
struct ContentCorpusCase: CustomTestStringConvertible, Sendable {
  let name: String
  var testDescription: String { name }
  var path: String { (Self.root as NSString).appendingPathComponent(name + ".case") }

  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("ContentCorpus").path

  /// Every case, by name.
  static var all: [ContentCorpusCase] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    return names.filter { $0.hasSuffix(".case") }.sorted().map {
      ContentCorpusCase(name: String($0.dropLast(".case".count)))
    }
  }

  /// A mistake the case file does not describe well enough to make.
  struct CaseError: Error, CustomStringConvertible {
    var description: String
  }

  /// The problems expected and found, both as `validate` prints them, with
  /// the case's line placeholders filled in from the changed files.
  func run() throws -> (expected: [String], actual: [String]) {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var changes = Changes()
    var expected: [String]?
    var pendingReplace: [UInt8]?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if expected != nil {
        if !line.isEmpty { expected?.append(line) }
        continue
      }
      if line.isEmpty || line.hasPrefix("#") { continue }
      let (word, rest) = Self.directive(line)
      if pendingReplace != nil, word != "with" {
        throw CaseError(description: "\(name): `replace` needs a `with` line after it")
      }
      switch word {
      case "in": try changes.select(rest)
      case "after": try changes.after(Self.bytes(rest))
      case "replace": pendingReplace = Self.bytes(rest)
      case "with":
        guard let old = pendingReplace else {
          throw CaseError(description: "\(name): `with` needs a `replace` line before it")
        }
        try changes.replace(old, with: Self.bytes(rest))
        pendingReplace = nil
      case "delete": try changes.delete(Self.bytes(rest))
      case "insert": try changes.insert(Self.bytes(rest))
      case "empty": try changes.empty()
      case "remove": try changes.remove()
      case "pad": try changes.pad(to: Int(rest) ?? 0)
      case "photo": try changes.photo(rest)
      case "expect": expected = []
      default: throw CaseError(description: "\(name): unknown line `\(line)`")
      }
      if let problem = changes.problem { throw CaseError(description: "\(name): \(problem)") }
    }
    guard let expected, !expected.isEmpty else {
      throw CaseError(description: "\(name): no `expect` line, or no problem after it")
    }
    return (try expected.map(changes.fillIn), try actual(changes))
  }

  /// `word rest` for a directive line: `replace TEXT` gives `replace`, `TEXT`.
  private static func directive(_ line: String) -> (String, String) {
    guard let space = line.firstIndex(of: " ") else { return (line, "") }
    return (String(line[..<space]), String(line[line.index(after: space)...]))
  }

  /// The bytes of a directive's text, `<0xHH>` standing for the byte HH.
  static func bytes(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var rest = Substring(text)
    while let start = rest.range(of: "<0x") {
      let hex = rest[start.upperBound...].prefix(3)
      guard hex.count == 3, hex.last == ">", let byte = UInt8(hex.prefix(2), radix: 16) else {
        bytes += Array(rest[..<start.upperBound].utf8)
        rest = rest[start.upperBound...]
        continue
      }
      bytes += Array(rest[..<start.lowerBound].utf8) + [byte]
      rest = rest[start.upperBound...].dropFirst(3)
    }
    return bytes + Array(rest.utf8)
  }

  /// The problems found in the changed content, file names relative to it.
  /// Those the shipped content has itself (its warnings) are left out:
  /// `ContentValidationTests` checks them once.
  private func actual(_ changes: Changes) throws -> [String] {
    let work = FileManager.default.temporaryDirectory
      .appendingPathComponent("iom-corpus-\(name)-\(UUID())").path
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: work) }
    for (file, lines) in changes.files {
      guard let lines else { continue }
      let data = Data(Array(lines.joined(separator: [0x0A])))
      try data.write(to: URL(fileURLWithPath: work).appendingPathComponent(file))
    }
    for (file, bytes) in changes.photos {
      let url = URL(fileURLWithPath: work).appendingPathComponent(file)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      // Zeros, sparse: the loader looks only at the size, and a 10 MB file
      // costs no disk.
      guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
      }
      let handle = try FileHandle(forWritingTo: url)
      try handle.truncate(atOffset: UInt64(bytes))
      try handle.close()
    }
    let shipped = Set(Self.shippedProblems.map(Self.key))
    return ContentLoader.validate(directory: work).problems
      .filter { !shipped.contains(Self.key($0)) }
      .map { problem in
        var problem = problem
        problem.file = problem.file.replacingOccurrences(of: work + "/", with: "")
        return problem.description
      }
  }

  /// What a problem says, wherever it stands.
  private static func key(_ problem: ContentProblem) -> String {
    [(problem.file as NSString).lastPathComponent, problem.field, problem.message].joined(
      separator: "\u{0}") + problem.severity.rawValue
  }

  private static let shippedProblems = ContentLoader.validate(
    directory: ContentFixtures.resourcesDirectory
  ).problems

  /// `text` followed by YAML comment lines up to exactly `bytes` bytes.
  static func padded(_ text: String, to bytes: Int) -> Data {
    var data = Data(text.utf8)
    let line = Data(("# " + String(repeating: "x", count: 77) + "\n").utf8)
    while data.count + line.count <= bytes { data.append(line) }
    data.append(Data(repeating: UInt8(ascii: "#"), count: max(0, bytes - data.count)))
    return data
  }
}

/// The shipped files as lines of bytes, changed step by step. A cursor
/// (a line) says where the next search starts; `@` in an expected line is
/// the line of the first change in its file.
private struct Changes {
  /// Each file's lines; nil for a file the case removes.
  var files: [String: [[UInt8]]?]
  /// Photo files to make in the content folder, by path, and their sizes.
  var photos: [(path: String, bytes: Int)] = []
  var file = ""
  var cursor = 0
  var firstChange: [String: Int] = [:]
  /// Why the last step could not be made.
  var problem: String?

  init() {
    files = [:]
    for name in ContentLoader.fileNames {
      let path = (ContentFixtures.resourcesDirectory as NSString).appendingPathComponent(name)
      let data = FileManager.default.contents(atPath: path) ?? Data()
      files[name] = data.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }
  }

  private var lines: [[UInt8]] {
    get { (files[file] ?? nil) ?? [] }
    set { files[file] = newValue }
  }

  mutating func select(_ name: String) throws {
    guard files[name] != nil else {
      throw ContentCorpusCase.CaseError(description: "`in \(name)`: not a shipped file")
    }
    (file, cursor) = (name, 0)
  }

  /// The first line from the cursor on that holds `text`.
  private mutating func find(_ text: [UInt8]) -> Int? {
    guard !file.isEmpty else {
      problem = "name the file first, with `in FILE`"
      return nil
    }
    let found = lines.indices.dropFirst(cursor).first { lines[$0].firstRange(of: text) != nil }
    if found == nil {
      problem =
        "`\(String(decoding: text, as: UTF8.self))` is not in \(file) (from line \(cursor + 1) on)"
    }
    return found
  }

  private mutating func changed(_ line: Int) {
    if firstChange[file] == nil { firstChange[file] = line + 1 }
    cursor = line
  }

  mutating func after(_ text: [UInt8]) throws {
    if let line = find(text) { cursor = line }
  }

  mutating func replace(_ old: [UInt8], with new: [UInt8]) throws {
    guard let line = find(old), let range = lines[line].firstRange(of: old) else { return }
    lines[line].replaceSubrange(range, with: new)
    changed(line)
  }

  /// Deletes the line that holds `text` and the lines below it indented
  /// deeper: a field with all of its value.
  mutating func delete(_ text: [UInt8]) throws {
    guard let line = find(text) else { return }
    let indent = Self.indentation(lines[line])
    var end = line + 1
    while end < lines.count, lines[end].isEmpty || Self.indentation(lines[end]) > indent {
      end += 1
    }
    lines.removeSubrange(line..<end)
    changed(line)
    // The next `insert` takes the deleted lines' place.
    cursor = line - 1
  }

  /// A new line below the cursor's.
  mutating func insert(_ text: [UInt8]) throws {
    guard !file.isEmpty else {
      problem = "name the file first, with `in FILE`"
      return
    }
    lines.insert(text, at: cursor + 1)
    changed(cursor + 1)
  }

  mutating func empty() throws {
    lines = []
    changed(0)
  }

  mutating func remove() throws { files[file] = .some(nil) }

  mutating func pad(to bytes: Int) throws {
    let text = String(decoding: Array(lines.joined(separator: [0x0A])), as: UTF8.self)
    let data = ContentCorpusCase.padded(text, to: bytes)
    lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
  }

  /// `photo PATH BYTES`: a file of BYTES zero bytes at PATH in the folder.
  mutating func photo(_ text: String) throws {
    let parts = text.split(separator: " ")
    guard parts.count == 2, let bytes = Int(parts[1]), bytes >= 0 else {
      problem = "`photo` needs a path and a size in bytes: `photo photos/a.jpg 1000`"
      return
    }
    photos.append((String(parts[0]), bytes))
  }

  private static func indentation(_ line: [UInt8]) -> Int {
    line.prefix { $0 == 0x20 }.count
  }

  /// `line` with its placeholders filled in: `@`, `@+N` or `@-N` as the
  /// line number, and `{{TEXT}}` or `{{A >> B}}` anywhere.
  func fillIn(_ line: String) throws -> String {
    let file = String(line.prefix { $0 != ":" })
    var line = line
    if let at = line.firstMatch(of: /^[^:]+:@([+-][0-9]+)?:/) {
      guard let first = firstChange[file] else {
        throw ContentCorpusCase.CaseError(description: "`@` names no change in \(file)")
      }
      let offset = at.1.flatMap { Int($0.hasPrefix("+") ? $0.dropFirst() : $0[...]) } ?? 0
      line.replaceSubrange(at.range, with: "\(file):\(first + offset):")
    }
    while let match = line.firstMatch(of: /\{\{(.+?)\}\}/) {
      line.replaceSubrange(match.range, with: "\(try self.line(of: String(match.1), in: file))")
    }
    return line
  }

  /// The line of `B` in `file`, searched from the line of `A` for `A >> B`.
  private func line(of chain: String, in file: String) throws -> Int {
    let lines = (files[file] ?? nil) ?? []
    var from = 0
    for text in chain.components(separatedBy: " >> ") {
      let bytes = ContentCorpusCase.bytes(text)
      guard
        let found = lines.indices.dropFirst(from).first(where: {
          lines[$0].firstRange(of: bytes) != nil
        })
      else {
        throw ContentCorpusCase.CaseError(description: "`{{\(chain)}}` is not in \(file)")
      }
      from = found
    }
    return from + 1
  }
}

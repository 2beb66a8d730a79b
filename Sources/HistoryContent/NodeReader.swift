import Yams

/// Reads typed fields out of a composed YAML tree, recording every problem
/// with its line and column instead of stopping at the first.
///
/// Yams' Codable decoder reports a coding path but no line; reading the node
/// tree keeps the marks, so a curator is told exactly where to look.
final class NodeReader {
  let file: String
  private(set) var problems: [ContentProblem] = []
  /// Every text read, with where it stands, so that the loader can check
  /// afterwards that each one exists in every language the content uses.
  private(set) var texts: [(field: String, node: Node, text: LocalizedText)] = []

  /// Every id read, with where it stands, for the uniqueness check.
  private(set) var ids: [(id: String, node: Node, field: String)] = []

  init(file: String) { self.file = file }

  /// A stable id: a slug, recorded for the check that ids are unique.
  func id(_ node: Node, _ field: String) -> String? {
    guard let id = string(node, field) else { return nil }
    guard Self.isSlug(id) else {
      problem(
        at: node, field, "`\(id)` is not a valid id — use \(Self.slugPattern), e.g. `gdi-berlin`")
      return nil
    }
    ids.append((id, node, field))
    return id
  }

  func problem(at node: Node?, _ field: String, _ message: String) {
    let mark = node?.mark
    problems.append(
      ContentProblem(
        file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, field: field,
        message: message))
  }

  /// `node` as a mapping whose keys are all in `allowed`; unknown keys are
  /// reported with the nearest allowed name as a hint.
  func mapping(_ node: Node, _ field: String, allowed: [String]) -> Node.Mapping? {
    guard let mapping = node.mapping else {
      problem(at: node, field, "expected a mapping of fields (name: value)")
      return nil
    }
    for (key, _) in mapping {
      guard let name = key.string else {
        problem(at: key, field, "a field name must be text")
        continue
      }
      if !allowed.contains(name) {
        let hint = Self.nearest(to: name, in: allowed).map { " — did you mean `\($0)`?" } ?? ""
        let path = field.isEmpty ? name : "\(field).\(name)"
        problem(at: key, path, "unknown field `\(name)`\(hint)")
      }
    }
    return mapping
  }

  func required(_ map: Node.Mapping, _ key: String, _ field: String, in parent: Node) -> Node? {
    if let value = map[key] { return value }
    problem(at: parent, join(field, key), "missing required field `\(key)`")
    return nil
  }

  func string(_ node: Node, _ field: String) -> String? {
    guard case .scalar(let scalar) = node else {
      problem(at: node, field, "expected text")
      return nil
    }
    let text = scalar.string.trimmingWhitespace
    if text.isEmpty {
      problem(at: node, field, "is empty")
      return nil
    }
    return text
  }

  func int(_ node: Node, _ field: String, range: ClosedRange<Int>) -> Int? {
    guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
      problem(at: node, field, "expected a whole number without separators")
      return nil
    }
    guard range.contains(value) else {
      problem(at: node, field, "\(value) is outside \(range.lowerBound)–\(range.upperBound)")
      return nil
    }
    return value
  }

  func date(_ node: Node, _ field: String) -> HistoricalDate? {
    guard case .scalar(let scalar) = node, let date = HistoricalDate(parsing: scalar.string)
    else {
      problem(at: node, field, "expected a date as \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"")
      return nil
    }
    return date
  }

  /// A text per language: `{en: "...", de: "..."}`.
  func text(_ node: Node, _ field: String) -> LocalizedText? {
    guard let mapping = node.mapping, !mapping.isEmpty else {
      problem(at: node, field, "expected the text per language, e.g. `en: \"…\"`")
      return nil
    }
    var translations: [Language: String] = [:]
    for (key, value) in mapping {
      guard let code = key.string, Self.isLanguageCode(code) else {
        problem(at: key, field, "expected a two-letter language code such as `en` or `de`")
        continue
      }
      if let text = string(value, "\(field).\(code)") {
        translations[Language(code)] = Self.reflow(text)
      }
    }
    guard !translations.isEmpty else { return nil }
    let text = LocalizedText(translations)
    texts.append((field, node, text))
    return text
  }

  func sequence(_ node: Node, _ field: String) -> [Node] {
    guard let sequence = node.sequence else {
      problem(at: node, field, "expected a list (lines starting with `- `)")
      return []
    }
    return Array(sequence)
  }

  func sources(_ node: Node, _ field: String) -> [Source] {
    let items = sequence(node, field)
    if items.isEmpty && node.sequence != nil {
      problem(at: node, field, "needs at least one source")
    }
    return items.enumerated().compactMap { index, item in
      let path = "\(field)[\(index)]"
      guard let map = mapping(item, path, allowed: ["tag", "ref"]) else { return nil }
      let tag = required(map, "tag", path, in: item).flatMap { string($0, "\(path).tag") }
      let ref = required(map, "ref", path, in: item).flatMap { string($0, "\(path).ref") }
      if let tag, !Self.tags.contains(tag) {
        problem(at: map["tag"], "\(path).tag", "unknown tag `\(tag)`; use C, I or S (or C/I, I/S)")
        return nil
      }
      guard let tag, let ref else { return nil }
      return Source(tag: tag, reference: ref)
    }
  }

  /// Curators wrap long texts over several lines; only an empty line starts
  /// a new paragraph. Lines within a paragraph are joined with a space, and
  /// paragraphs are separated by one empty line.
  static func reflow(_ text: String) -> String {
    var paragraphs: [String] = []
    var current: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = String(line).trimmingWhitespace
      if trimmed.isEmpty {
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        current = []
      } else {
        current.append(trimmed)
      }
    }
    if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
    return paragraphs.joined(separator: "\n\n")
  }

  static let tags: Set<String> = ["C", "I", "S", "C/I", "I/C", "I/S", "S/I"]

  static func isLanguageCode(_ code: String) -> Bool {
    code.count == 2 && code.allSatisfy { $0.isASCII && $0.isLowercase }
  }

  static let slugPattern = "lowercase letters, digits and hyphens"

  static func isSlug(_ id: String) -> Bool {
    !id.isEmpty && id.first != "-" && id.last != "-"
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
      }
  }

  private func join(_ field: String, _ key: String) -> String {
    field.isEmpty ? key : "\(field).\(key)"
  }

  /// The allowed name closest to a misspelt one, if it is close enough.
  static func nearest(to name: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(name.lowercased(), $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, best.0.count / 3) else {
      return nil
    }
    return best.0
  }

  /// Optimal string alignment distance: insertions, deletions, changes and
  /// swaps of neighbours ("titel" → "title") each count one.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        }
      }
    }
    return d[a.count][b.count]
  }
}

extension String {
  var trimmingWhitespace: String {
    var s = Substring(self)
    while let c = s.first, c.isWhitespace { s = s.dropFirst() }
    while let c = s.last, c.isWhitespace { s = s.dropLast() }
    return String(s)
  }
}

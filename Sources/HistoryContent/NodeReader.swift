/// Reads typed fields out of a composed YAML tree, recording every problem
/// with its line and column instead of stopping at the first.
///
/// Yams' Codable decoder reports a coding path but no line; reading the node
/// tree keeps the marks, so a curator is told exactly where to look. The
/// readers for single values and for texts are in the extensions beside it.
final class NodeReader {
  let file: String
  private(set) var problems: [ContentProblem] = []

  /// Every text read, with where it stands and how many languages it is
  /// written in, so that the loader can check afterwards that each one
  /// exists in every language the content uses. Which languages those are
  /// is read again from the node for the few texts that miss one.
  var texts: [Text] = []

  /// Every language a text read is written in.
  var languages = LanguageCodes()

  /// Every id read, with where it stands, for the uniqueness check.
  var ids: [ID] = []

  /// Every source record entry a source names, with where it stands, for
  /// the check that SOURCES.md has each one.
  var citedSources: [ID] = []

  /// The folder the photos a content file names are in; nil for content
  /// given as texts (the built-in content), which can hold no photo.
  let photoFolder: String?

  /// Every photo read, with where it is named, for `validate` to decode.
  var photos: [PhotoPlace] = []

  /// Records, not tuples: an array of tuples copies and drops each one
  /// through the runtime's generic tuple functions.
  struct Text {
    var field: FieldPath
    var node: YAMLNode
    var languages: Int
  }

  struct ID {
    var id: String
    var node: YAMLNode
    var field: FieldPath
  }

  init(file: String, photoFolder: String? = nil) {
    self.file = file
    self.photoFolder = photoFolder
  }

  /// Records an error at `node`'s place (the whole file when there is none).
  func problem(at node: YAMLNode?, _ field: FieldPath, _ message: String) {
    record(at: node, field, message, .error)
  }

  /// Records something allowed but probably unintended.
  func warning(at node: YAMLNode?, _ field: FieldPath, _ message: String) {
    record(at: node, field, message, .warning)
  }

  private func record(
    at node: YAMLNode?, _ field: FieldPath, _ message: String, _ severity: ContentSeverity
  ) {
    let mark = node?.mark
    problems.append(
      ContentProblem(
        file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, field: field.description,
        message: message, severity: severity))
  }

  /// `node` as a mapping whose keys are all in `allowed`; unknown keys are
  /// reported with the nearest allowed name as a hint.
  func mapping(_ node: YAMLNode, _ field: FieldPath, allowed: [String]) -> YAMLMapping? {
    guard let mapping = node.mapping else {
      problem(
        at: node, field,
        "expected fields (name: value), found \(Self.found(node)) — write each field as `name: value` on its own line"
      )
      return nil
    }
    for index in mapping.pairs.indices {
      guard let name = mapping.name(at: index) else {
        let key = mapping.key(at: index)
        problem(
          at: key, field,
          "a field name must be text, found \(Self.found(key)) — write a plain name before the colon"
        )
        continue
      }
      // Allowed names are lowercase ASCII, equal to no text of another
      // length: the lengths rule out most of them at once.
      let length = name.utf8.count
      if !allowed.contains(where: { $0.utf8.count == length && $0 == name }) {
        problem(
          at: mapping.key(at: index), field.appending(name),
          "unknown field \(Quoted.value(name)) — \(Self.hint(name, allowed))")
      }
    }
    return mapping
  }

  /// "did you mean `title`?" when a name is close to an allowed one, else
  /// the list of names allowed here.
  private static func hint(_ name: String, _ allowed: [String]) -> String {
    if let near = FieldNames.nearest(to: name, in: allowed) { return "did you mean `\(near)`?" }
    return "remove it, or use one of: " + allowed.joined(separator: ", ")
  }

  func required(_ map: YAMLMapping, _ key: String, _ field: FieldPath, in parent: YAMLNode)
    -> YAMLNode?
  {
    if let value = map[key] { return value }
    let place = field.isEmpty ? "at the top of the file" : "to this item"
    problem(
      at: parent, field.appending(key), "missing required field `\(key)` — add `\(key):` \(place)")
    return nil
  }

  func sequence(_ node: YAMLNode, _ field: FieldPath) -> [YAMLNode] {
    guard let sequence = node.sequence else {
      problem(
        at: node, field,
        "expected a list, found \(Self.found(node)) — start each entry on its own line with `- `")
      return []
    }
    return sequence.items
  }

  /// What a node holds, in a curator's words: "a list", "`6,411`".
  static func found(_ node: YAMLNode) -> String {
    switch node {
    case .mapping: return "fields (name: value)"
    case .sequence: return "a list"
    case .scalar(let scalar):
      let text = scalar.string.trimmingWhitespace
      return text.isEmpty ? "nothing" : Quoted.value(text)
    }
  }
}

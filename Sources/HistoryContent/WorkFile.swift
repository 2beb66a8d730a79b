/// Reads `work.yaml`: the areas of IOM's work with their key figures.
enum WorkFile {
  static let name = "work.yaml"

  static func read(_ root: YAMLNode, _ reader: NodeReader) -> [WorkArea] {
    guard let map = reader.mapping(root, .root, allowed: ["areas"]),
      let list = reader.required(map, "areas", .root, in: root)
    else { return [] }
    let path = FieldPath.root.appending("areas")
    return reader.sequence(list, path).enumerated().compactMap {
      readArea($1, path.entry($0), reader)
    }
  }

  private static func readArea(_ node: YAMLNode, _ path: FieldPath, _ reader: NodeReader)
    -> WorkArea?
  {
    let fields = ["id", "label", "title", "text", "figures", "sources"]
    guard let map = reader.mapping(node, path, allowed: fields) else { return nil }
    func field(_ key: String) -> YAMLNode? { reader.required(map, key, path, in: node) }
    let id = field("id").flatMap { reader.id($0, path.appending("id")) }
    let label = field("label").flatMap {
      reader.label($0, path.appending("label"), columns: DisplayLimits.listLabelColumns)
    }
    let title = field("title").flatMap { reader.text($0, path.appending("title")) }
    let text = field("text").flatMap { reader.text($0, path.appending("text")) }
    let figures =
      map["figures"].map { list in
        reader.sequence(list, path.appending("figures")).enumerated().compactMap {
          readFigure($1, path.appending("figures").entry($0), reader)
        }
      } ?? []
    let sources = field("sources").map { reader.sources($0, path.appending("sources")) } ?? []
    guard let id, let label, let title, let text else { return nil }
    return WorkArea(
      id: id, label: label, title: title, text: text, figures: figures, sources: sources)
  }

  private static func readFigure(_ node: YAMLNode, _ path: FieldPath, _ reader: NodeReader)
    -> KeyFigure?
  {
    let fields = ["value", "qualifier", "counts", "period", "account", "tag"]
    guard let map = reader.mapping(node, path, allowed: fields) else { return nil }
    func field(_ key: String) -> YAMLNode? { reader.required(map, key, path, in: node) }
    let value = field("value").flatMap {
      reader.int($0, path.appending("value"), range: 0...Int(Int32.max))
    }
    var qualifier: KeyFigure.Qualifier?
    if let node = map["qualifier"], let word = reader.string(node, path.appending("qualifier")) {
      qualifier = KeyFigure.Qualifier(rawValue: word)
      if qualifier == nil {
        let allowed = KeyFigure.Qualifier.allCases.map(\.rawValue).joined(separator: " or ")
        reader.problem(
          at: node, path.appending("qualifier"),
          "unknown qualifier \(Quoted.value(word)) — use \(allowed), or leave it out")
      }
    }
    let counts = field("counts").flatMap { reader.text($0, path.appending("counts")) }
    let period = field("period").flatMap { reader.text($0, path.appending("period")) }
    let account = field("account").flatMap { reader.text($0, path.appending("account")) }
    let tag = field("tag").flatMap { reader.tag($0, path.appending("tag")) }
    guard let value, let counts, let period, let account, let tag else { return nil }
    return KeyFigure(
      value: value, qualifier: qualifier, counts: counts, period: period, account: account, tag: tag
    )
  }
}

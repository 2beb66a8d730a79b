/// Reads `work.yaml`: the areas of IOM's work with their key figures.
enum WorkFile {
  static let name = "work.yaml"

  static func read(_ root: YAMLNode, _ reader: NodeReader) -> [WorkArea] {
    guard let map = reader.mapping(root, "", allowed: ["areas"]),
      let list = reader.required(map, "areas", "", in: root)
    else { return [] }
    return reader.sequence(list, "areas").enumerated().compactMap {
      readArea($1, "areas[\($0)]", reader)
    }
  }

  private static func readArea(_ node: YAMLNode, _ path: String, _ reader: NodeReader) -> WorkArea?
  {
    let fields = ["id", "label", "title", "text", "figures", "sources"]
    guard let map = reader.mapping(node, path, allowed: fields) else { return nil }
    func field(_ key: String) -> YAMLNode? { reader.required(map, key, path, in: node) }
    let id = field("id").flatMap { reader.id($0, "\(path).id") }
    let label = field("label").flatMap { reader.label($0, "\(path).label") }
    let title = field("title").flatMap { reader.text($0, "\(path).title") }
    let text = field("text").flatMap { reader.text($0, "\(path).text") }
    let figures =
      map["figures"].map { list in
        reader.sequence(list, "\(path).figures").enumerated().compactMap {
          readFigure($1, "\(path).figures[\($0)]", reader)
        }
      } ?? []
    let sources = field("sources").map { reader.sources($0, "\(path).sources") } ?? []
    guard let id, let label, let title, let text else { return nil }
    return WorkArea(
      id: id, label: label, title: title, text: text, figures: figures, sources: sources)
  }

  private static func readFigure(_ node: YAMLNode, _ path: String, _ reader: NodeReader)
    -> KeyFigure?
  {
    let fields = ["value", "qualifier", "counts", "period", "account", "tag"]
    guard let map = reader.mapping(node, path, allowed: fields) else { return nil }
    func field(_ key: String) -> YAMLNode? { reader.required(map, key, path, in: node) }
    let value = field("value").flatMap {
      reader.int($0, "\(path).value", range: 0...Int(Int32.max))
    }
    var qualifier: KeyFigure.Qualifier?
    if let node = map["qualifier"], let word = reader.string(node, "\(path).qualifier") {
      qualifier = KeyFigure.Qualifier(rawValue: word)
      if qualifier == nil {
        let allowed = KeyFigure.Qualifier.allCases.map(\.rawValue).joined(separator: " or ")
        reader.problem(
          at: node, "\(path).qualifier",
          "unknown qualifier \(Quoted.value(word)) — use \(allowed), or leave it out")
      }
    }
    let counts = field("counts").flatMap { reader.text($0, "\(path).counts") }
    let period = field("period").flatMap { reader.text($0, "\(path).period") }
    let account = field("account").flatMap { reader.text($0, "\(path).account") }
    let tag = field("tag").flatMap { reader.tag($0, "\(path).tag") }
    guard let value, let counts, let period, let account, let tag else { return nil }
    return KeyFigure(
      value: value, qualifier: qualifier, counts: counts, period: period, account: account, tag: tag
    )
  }
}

import Yams

/// Reads `timeline.yaml`: the eras and the events, oldest first.
enum TimelineFile {
  static let name = "timeline.yaml"

  static func read(_ root: Node, _ reader: NodeReader) -> (eras: [Era], events: [TimelineEvent]) {
    guard let map = reader.mapping(root, "", allowed: ["eras", "events"]) else { return ([], []) }
    let eras =
      reader.required(map, "eras", "", in: root).map { node in
        reader.sequence(node, "eras").enumerated().compactMap { readEra($1, "eras[\($0)]", reader) }
      } ?? []
    let events =
      reader.required(map, "events", "", in: root).map { node in
        reader.sequence(node, "events").enumerated().compactMap {
          readEvent($1, "events[\($0)]", reader)
        }
      } ?? []
    checkOrderAndEras(eras: eras, events: events, root: root, reader)
    return (eras, events)
  }

  /// Events must be oldest first and name an era that exists.
  private static func checkOrderAndEras(
    eras: [Era], events: [TimelineEvent], root: Node, _ reader: NodeReader
  ) {
    let eventNodes = root.mapping?["events"]?.sequence.map(Array.init) ?? []
    let node = { (id: String) in eventNodes.first { $0.mapping?["id"]?.string == id } }
    let eraIDs = Set(eras.map(\.id))
    for (index, event) in events.enumerated() {
      let eventNode = node(event.id)
      if !eraIDs.contains(event.era) {
        let known = eraIDs.sorted().map { "`\($0)`" }.joined(separator: ", ")
        reader.problem(
          at: eventNode?.mapping?["era"], "events[\(index)].era",
          "there is no era `\(event.era)`; known eras: \(known)")
      }
      if index > 0, event.date < events[index - 1].date {
        reader.problem(
          at: eventNode?.mapping?["date"], "events[\(index)].date",
          "\(event.date) comes before the event above it (\(events[index - 1].date)) — keep events oldest first"
        )
      }
    }
  }

  private static func readEra(_ node: Node, _ path: String, _ reader: NodeReader) -> Era? {
    guard let map = reader.mapping(node, path, allowed: ["id", "from", "to", "name"]) else {
      return nil
    }
    let id = reader.required(map, "id", path, in: node).flatMap { reader.id($0, "\(path).id") }
    let from = reader.required(map, "from", path, in: node).flatMap {
      reader.int($0, "\(path).from", range: 1900...2100)
    }
    let to = map["to"].flatMap { reader.int($0, "\(path).to", range: 1900...2100) }
    let name = reader.required(map, "name", path, in: node).flatMap {
      reader.text($0, "\(path).name")
    }
    guard let id, let from, let name else { return nil }
    return Era(id: id, from: from, to: to, name: name)
  }

  private static func readEvent(_ node: Node, _ path: String, _ reader: NodeReader)
    -> TimelineEvent?
  {
    let fields = ["id", "date", "until", "era", "label", "title", "story", "sources"]
    guard let map = reader.mapping(node, path, allowed: fields) else { return nil }
    func field(_ key: String) -> Node? { reader.required(map, key, path, in: node) }
    let id = field("id").flatMap { reader.id($0, "\(path).id") }
    let date = field("date").flatMap { reader.date($0, "\(path).date") }
    let until = map["until"].flatMap { reader.date($0, "\(path).until") }
    let era = field("era").flatMap { reader.string($0, "\(path).era") }
    let label = field("label").flatMap { reader.text($0, "\(path).label") }
    let title = field("title").flatMap { reader.text($0, "\(path).title") }
    let story = field("story").flatMap { reader.text($0, "\(path).story") }
    let sources = field("sources").map { reader.sources($0, "\(path).sources") } ?? []
    if let date, let until, !(date < until) {
      reader.problem(at: map["until"], "\(path).until", "must come after `date` (\(date))")
    }
    guard let id, let date, let era, let label, let title, let story else { return nil }
    return TimelineEvent(
      id: id, date: date, until: until, era: era, label: label, title: title, story: story,
      sources: sources)
  }
}

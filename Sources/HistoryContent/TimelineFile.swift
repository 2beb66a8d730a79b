/// Reads `timeline.yaml`: the eras and the events, oldest first.
enum TimelineFile {
  static let name = "timeline.yaml"

  /// An item read, with the node it was read from, for checks that span items.
  private typealias Read<Item> = (item: Item, node: YAMLNode, path: String)

  static func read(_ root: YAMLNode, _ reader: NodeReader) -> (eras: [Era], events: [TimelineEvent])
  {
    guard let map = reader.mapping(root, "", allowed: ["eras", "events"]) else { return ([], []) }
    let eras: [Read<Era>] =
      reader.required(map, "eras", "", in: root).map { node in
        reader.sequence(node, "eras").enumerated().compactMap { index, node in
          let path = "eras[\(index)]"
          return readEra(node, path, reader).map { ($0, node, path) }
        }
      } ?? []
    let events: [Read<TimelineEvent>] =
      reader.required(map, "events", "", in: root).map { node in
        reader.sequence(node, "events").enumerated().compactMap { index, node in
          let path = "events[\(index)]"
          return readEvent(node, path, reader).map { ($0, node, path) }
        }
      } ?? []
    checkOrderAndEras(eras: eras, events: events, root: root, reader)
    return (eras.map(\.item), events.map(\.item))
  }

  /// Events must be oldest first and name an era that exists; an era no
  /// event names is allowed but shows only on the time axis.
  ///
  /// Which eras exist and which are named is taken from the file as written,
  /// broken items included, so one mistake is not reported again as a
  /// missing era or an era without events.
  private static func checkOrderAndEras(
    eras: [Read<Era>], events: [Read<TimelineEvent>], root: YAMLNode, _ reader: NodeReader
  ) {
    let eraIDs = writtenValues(of: "id", in: root.mapping?["eras"])
    for (index, (event, node, path)) in events.enumerated() {
      if !eraIDs.contains(event.era) {
        let known = eraIDs.map { Quoted.value($0) }.joined(separator: ", ")
        reader.problem(
          at: node.mapping?["era"], "\(path).era",
          "there is no era \(Quoted.value(event.era)) — use one of the known eras: \(known)")
      }
      let earlier = index > 0 ? events[index - 1].item.date : nil
      if let earlier, event.date < earlier {
        reader.problem(
          at: node.mapping?["date"], "\(path).date",
          "\(event.date) comes before the event above it (\(earlier)) — keep events oldest first"
        )
      }
    }
    let named = Set(writtenValues(of: "era", in: root.mapping?["events"]))
    for (era, node, path) in eras where !named.contains(era.id) {
      reader.warning(
        at: node, path,
        "no event belongs to the era `\(era.id)`, so the list never shows it — add its events, or remove the era"
      )
    }
  }

  /// The field `key` of every item in `list`, as written.
  private static func writtenValues(of key: String, in list: YAMLNode?) -> [String] {
    (list?.sequence?.items ?? []).compactMap {
      $0.mapping?[key]?.scalar?.string.trimmingWhitespace
    }
  }

  private static func readEra(_ node: YAMLNode, _ path: String, _ reader: NodeReader) -> Era? {
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
    if let from, let to, to < from {
      reader.problem(
        at: map["to"], "\(path).to",
        "\(to) comes before `from` (\(from)) — give the year the era ended, or leave `to` out")
    }
    guard let id, let from, let name else { return nil }
    return Era(id: id, from: from, to: to, name: name)
  }

  private static func readEvent(_ node: YAMLNode, _ path: String, _ reader: NodeReader)
    -> TimelineEvent?
  {
    let fields = ["id", "date", "until", "era", "label", "title", "story", "sources"]
    guard let map = reader.mapping(node, path, allowed: fields) else { return nil }
    func field(_ key: String) -> YAMLNode? { reader.required(map, key, path, in: node) }
    let id = field("id").flatMap { reader.id($0, "\(path).id") }
    let date = field("date").flatMap { reader.date($0, "\(path).date") }
    let until = map["until"].flatMap { reader.date($0, "\(path).until") }
    let era = field("era").flatMap { reader.string($0, "\(path).era") }
    let label = field("label").flatMap { reader.label($0, "\(path).label") }
    let title = field("title").flatMap { reader.text($0, "\(path).title") }
    let story = field("story").flatMap { reader.text($0, "\(path).story") }
    let sources = field("sources").map { reader.sources($0, "\(path).sources") } ?? []
    if let date, let until, !(date < until) {
      reader.problem(
        at: map["until"], "\(path).until",
        "must come after `date` (\(date)) — give the event's last day, or leave `until` out")
    }
    guard let id, let date, let era, let label, let title, let story else { return nil }
    return TimelineEvent(
      id: id, date: date, until: until, era: era, label: label, title: title, story: story,
      sources: sources)
  }
}

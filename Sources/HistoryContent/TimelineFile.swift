/// Reads `timeline.yaml`: the eras and the events, oldest first.
enum TimelineFile {
  static let name = "timeline.yaml"

  /// What the file holds.
  struct Contents {
    var eras: [Era] = []
    var events: [TimelineEvent] = []
    var overview: Overview?
  }

  static func read(_ root: YAMLNode, _ reader: NodeReader) -> Contents {
    guard let map = reader.mapping(root, .root, allowed: ["overview", "eras", "events"]) else {
      return Contents()
    }
    let overview = map["overview"].flatMap {
      readOverview($0, FieldPath.root.appending("overview"), reader)
    }
    let eras = readList("eras", of: map, root, reader, readEra)
    let events = readList("events", of: map, root, reader, readEvent)
    checkOrderAndEras(eras: eras, events: events, root: root, reader)
    return Contents(eras: eras.items, events: events.items, overview: overview)
  }

  /// The opening overview: optional, one screen's text with its sources.
  private static func readOverview(_ node: YAMLNode, _ path: FieldPath, _ reader: NodeReader)
    -> Overview?
  {
    let fields = ["label", "title", "text", "sources"]
    guard let map = reader.mapping(node, path, allowed: fields) else { return nil }
    func field(_ key: String) -> YAMLNode? { reader.required(map, key, path, in: node) }
    let label = field("label").flatMap {
      reader.label($0, path.appending("label"), columns: DisplayLimits.datedListLabelColumns)
    }
    let title = field("title").flatMap { reader.text($0, path.appending("title")) }
    let text = field("text").flatMap { reader.text($0, path.appending("text")) }
    let sources = field("sources").map { reader.sources($0, path.appending("sources")) } ?? []
    guard let label, let title, let text else { return nil }
    return Overview(label: label, title: title, text: text, sources: sources)
  }

  /// The items of a list that could be read, and for each its node and
  /// its position in the list, for the checks across items.
  private struct Read<Item> {
    var items: [Item] = []
    var places: [(node: YAMLNode, index: Int)] = []
  }

  private static func readList<Item>(
    _ key: String, of map: YAMLMapping, _ root: YAMLNode, _ reader: NodeReader,
    _ readItem: (YAMLNode, FieldPath, NodeReader) -> Item?
  ) -> Read<Item> {
    var read = Read<Item>()
    guard let list = reader.required(map, key, .root, in: root) else { return read }
    let path = FieldPath.root.appending(key)
    for (index, node) in reader.sequence(list, path).enumerated() {
      guard let item = readItem(node, path.entry(index), reader) else { continue }
      read.items.append(item)
      read.places.append((node, index))
    }
    return read
  }

  /// Events must be oldest first and name an era that exists; an era no
  /// event names is allowed but shows only on the time axis.
  ///
  /// Which eras exist and which are named is taken from the file as written,
  /// broken items included, so one mistake is not reported again as a
  /// missing era or an era without events.
  private static func checkOrderAndEras(
    eras: Read<Era>, events: Read<TimelineEvent>, root: YAMLNode,
    _ reader: NodeReader
  ) {
    let eraIDs = writtenValues(of: "id", in: root.mapping?["eras"])
    let eventsPath = FieldPath.root.appending("events")
    // By position: a loop over the events themselves copied each one.
    for index in events.items.indices {
      let (era, date) = (events.items[index].era, events.items[index].date)
      let (node, position) = events.places[index]
      if !eraIDs.contains(era) {
        let known = eraIDs.map { Quoted.value($0) }.joined(separator: ", ")
        reader.problem(
          at: node.mapping?["era"], eventsPath.entry(position).appending("era"),
          "there is no era \(Quoted.value(era)) — use one of the known eras: \(known)")
      }
      let earlier = index > 0 ? events.items[index - 1].date : nil
      if let earlier, date < earlier {
        reader.problem(
          at: node.mapping?["date"], eventsPath.entry(position).appending("date"),
          "\(date) comes before the event above it (\(earlier)) — keep events oldest first"
        )
      }
    }
    let named = namedEras(eras.items.map(\.id), events: events, list: root.mapping?["events"])
    let erasPath = FieldPath.root.appending("eras")
    for (era, (node, position)) in zip(eras.items, eras.places) where !named.contains(era.id) {
      reader.warning(
        at: node, erasPath.entry(position),
        "no event belongs to the era `\(era.id)`, so the list never shows it — add its events, or remove the era"
      )
    }
  }

  /// Those of `eras` that an event names, as written: the events read
  /// name theirs (trimmed as written), and the entries of `list` that could
  /// not be read are looked up. Only until every era has been named.
  private static func namedEras(
    _ eras: [String], events: Read<TimelineEvent>, list: YAMLNode?
  ) -> Set<String> {
    let wanted = Set(eras)
    var named: Set<String> = []
    for index in events.items.indices {
      if named.count == wanted.count { return named }
      let era = events.items[index].era
      if wanted.contains(era) { named.insert(era) }
    }
    let entries = list?.sequence?.items ?? []
    guard named.count < wanted.count, entries.count > events.items.count else { return named }
    let read = Set(events.places.map(\.index))
    for (index, entry) in entries.enumerated() where !read.contains(index) {
      if let era = entry.mapping?["era"]?.scalar?.string.trimmingWhitespace, wanted.contains(era) {
        named.insert(era)
      }
    }
    return named
  }

  /// The field `key` of every item in `list`, as written.
  private static func writtenValues(of key: String, in list: YAMLNode?) -> [String] {
    (list?.sequence?.items ?? []).compactMap {
      $0.mapping?[key]?.scalar?.string.trimmingWhitespace
    }
  }

  private static func readEra(_ node: YAMLNode, _ path: FieldPath, _ reader: NodeReader) -> Era? {
    guard let map = reader.mapping(node, path, allowed: ["id", "from", "to", "name"]) else {
      return nil
    }
    let id = reader.required(map, "id", path, in: node).flatMap {
      reader.id($0, path.appending("id"))
    }
    let from = reader.required(map, "from", path, in: node).flatMap {
      reader.int($0, path.appending("from"), range: NodeReader.years)
    }
    let to = map["to"].flatMap { reader.int($0, path.appending("to"), range: NodeReader.years) }
    let name = reader.required(map, "name", path, in: node).flatMap {
      reader.text($0, path.appending("name"))
    }
    if let from, let to, to < from {
      reader.problem(
        at: map["to"], path.appending("to"),
        "\(to) comes before `from` (\(from)) — give the year the era ended, or leave `to` out")
    }
    guard let id, let from, let name else { return nil }
    return Era(id: id, from: from, to: to, name: name)
  }

  private static func readEvent(_ node: YAMLNode, _ path: FieldPath, _ reader: NodeReader)
    -> TimelineEvent?
  {
    let fields = [
      "id", "date", "until", "era", "label", "title", "story", "sources", "image", "alt",
    ]
    guard let map = reader.mapping(node, path, allowed: fields) else { return nil }
    func field(_ key: String) -> YAMLNode? { reader.required(map, key, path, in: node) }
    let id = field("id").flatMap { reader.id($0, path.appending("id")) }
    let date = field("date").flatMap { reader.date($0, path.appending("date")) }
    let until = map["until"].flatMap { reader.date($0, path.appending("until")) }
    let era = field("era").flatMap { reader.string($0, path.appending("era")) }
    let label = field("label").flatMap {
      reader.label($0, path.appending("label"), columns: DisplayLimits.datedListLabelColumns)
    }
    let title = field("title").flatMap { reader.text($0, path.appending("title")) }
    let story = field("story").flatMap { reader.text($0, path.appending("story")) }
    let sources = field("sources").map { reader.sources($0, path.appending("sources")) } ?? []
    let photo = reader.photo(map, path)
    if let date, let until, !(date < until) {
      reader.problem(
        at: map["until"], path.appending("until"),
        "must come after `date` (\(date)) — give the event's last day, or leave `until` out")
    }
    guard let id, let date, let era, let label, let title, let story else { return nil }
    return TimelineEvent(
      id: id, date: date, until: until, era: era, label: label, title: title, story: story,
      sources: sources, photo: photo)
  }
}

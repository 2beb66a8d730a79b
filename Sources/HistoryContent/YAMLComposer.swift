import CYAML

/// Why a file is not YAML, in libyaml's words and at libyaml's place.
enum YAMLError: Error, Equatable {
  /// The scanner, the parser or the composer stopped at `mark`.
  case syntax(problem: String, context: String?, mark: YAMLMark)
  /// A character YAML does not allow, `offset` bytes into the file.
  case reader(problem: String, offset: Int)
  /// The same field name twice in one mapping (sorted names, first place).
  case duplicateKeys([String], mark: YAMLMark)
  /// Lists or mappings nested deeper than any content file needs.
  case tooDeep(mark: YAMLMark)
  /// More than one document (a second `---`).
  case secondDocument(mark: YAMLMark)
  /// The alias `anchor` at `mark`, in `field`, makes the document hold more
  /// than `YAMLComposer.maximumExpandedBytes` once every alias is written out.
  case expandsTooFar(anchor: String, field: String, mark: YAMLMark)
}

/// Composes a YAML text into a `YAMLNode` tree with libyaml's event parser.
///
/// Every scalar stays text: no type is guessed from how a value looks, so a
/// year written without quotes is still "1954" and the readers decide what
/// it means. Aliases are replaced by the node their anchor names.
enum YAMLComposer {
  /// Deeper than any content file; a guard against a hostile file that
  /// would otherwise exhaust the stack.
  static let maximumDepth = 64

  /// The most a document may hold with every alias written out: a node is
  /// shared, not copied, but every check, and the kiosk, read each alias as
  /// a copy. So thousands of aliases of one large text are refused as a file
  /// that large would be. Counted as the bytes of the values plus one per
  /// node, so that aliases of lists of short values count too.
  static let maximumExpandedBytes = DisplayLimits.maximumFileBytes

  /// The single document in `text`, or nil when there is none (an empty
  /// file, or comments only).
  static func compose(_ text: String) throws(YAMLError) -> YAMLNode? {
    var text = text
    let result: Result<YAMLNode?, YAMLError> = text.withUTF8 { bytes in
      let events = EventStream(bytes)
      return Result { () throws(YAMLError) in try events.singleDocument() }
    }
    return try result.get()
  }
}

/// libyaml's parser, one event at a time, and the tree built from them.
private final class EventStream {
  private var parser = yaml_parser_t()
  /// Each anchor's node, and what it counts for (`expandedBytes`).
  private var anchors: [String: (node: YAMLNode, bytes: Int)] = [:]
  /// The document's size so far with every alias written out.
  private var expandedBytes = 0
  /// The keys and positions leading to the node being read, for naming
  /// the field of an alias that is refused.
  private var path: [FieldPathPart] = []
  /// The children of the lists and mappings still open, innermost last.
  /// Each one's children are copied out once, into an array of the right
  /// size, instead of growing an array of its own a node at a time.
  private var pending: [YAMLNode] = []

  /// What the composer needs of an event, copied out so that libyaml's
  /// event can be freed at once.
  struct Event {
    var type: yaml_event_type_t
    var mark: YAMLMark
    var value = ""
    var anchor: String?
  }

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    yaml_parser_initialize(&parser)
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
  }

  deinit { yaml_parser_delete(&parser) }

  func singleDocument() throws(YAMLError) -> YAMLNode? {
    _ = try next()  // stream start
    let start = try next()
    if start.type == YAML_STREAM_END_EVENT { return nil }
    let root = try node(from: try next(), depth: 0)
    _ = try next()  // document end
    let after = try next()
    guard after.type == YAML_STREAM_END_EVENT else {
      throw .secondDocument(mark: after.mark)
    }
    return root
  }

  private func node(from event: Event, depth: Int) throws(YAMLError) -> YAMLNode {
    guard depth < YAMLComposer.maximumDepth else { throw .tooDeep(mark: event.mark) }
    let bytesBefore = expandedBytes
    expandedBytes += 1
    let node: YAMLNode
    switch event.type {
    case YAML_ALIAS_EVENT:
      guard let anchor = event.anchor, let target = anchors[anchor] else {
        throw .syntax(problem: "found undefined alias", context: nil, mark: event.mark)
      }
      expandedBytes += target.bytes
      if expandedBytes > YAMLComposer.maximumExpandedBytes {
        throw .expandsTooFar(anchor: anchor, field: fieldPath(), mark: event.mark)
      }
      return target.node
    case YAML_SEQUENCE_START_EVENT:
      let first = pending.count
      var next = try self.next()
      while next.type != YAML_SEQUENCE_END_EVENT {
        path.append(.index(pending.count - first))
        pending.append(try self.node(from: next, depth: depth + 1))
        path.removeLast()
        next = try self.next()
      }
      let items = Array(pending[first...])
      pending.removeSubrange(first...)
      node = .sequence(YAMLSequence(items: items, mark: event.mark))
    case YAML_MAPPING_START_EVENT:
      // Keys and values alternate in `pending` until the mapping ends.
      let first = pending.count
      var next = try self.next()
      while next.type != YAML_MAPPING_END_EVENT {
        let key = try self.node(from: next, depth: depth + 1)
        pending.append(key)
        path.append(.name(key.scalar?.string ?? "?"))
        pending.append(try self.node(from: try self.next(), depth: depth + 1))
        path.removeLast()
        next = try self.next()
      }
      let pairs = stride(from: first, to: pending.count, by: 2).map {
        (key: pending[$0], value: pending[$0 + 1])
      }
      pending.removeSubrange(first...)
      try Self.checkDuplicates(pairs)
      node = .mapping(YAMLMapping(pairs: pairs, mark: event.mark))
    default:
      expandedBytes += event.value.utf8.count
      node = .scalar(YAMLScalar(string: event.value, mark: event.mark))
    }
    if let anchor = event.anchor { anchors[anchor] = (node, expandedBytes - bytesBefore - 1) }
    return node
  }

  /// A key, or a position in a list.
  enum FieldPathPart {
    case name(String)
    case index(Int)
  }

  /// The path of the node being read, as the readers write it.
  private func fieldPath() -> String {
    path.reduce(into: FieldPath.root) { path, part in
      switch part {
      case .name(let name): path = path.appending(name)
      case .index(let index): path = path.entry(index)
      }
    }.description
  }

  /// A field written twice is refused: which of the two was meant is the
  /// curator's decision, not the parser's.
  private static func checkDuplicates(_ pairs: [(key: YAMLNode, value: YAMLNode)])
    throws(YAMLError)
  {
    // Content mappings have a handful of keys: comparing each with the ones
    // before it is cheaper than hashing them, and clears nearly all of them.
    if pairs.count <= 16 && !hasRepeatedKey(pairs) { return }
    var first: [String: YAMLMark] = [:]
    var repeated: Set<String> = []
    for (key, _) in pairs {
      guard let scalar = key.scalar else { continue }
      if first[scalar.string] == nil {
        first[scalar.string] = scalar.mark
      } else {
        repeated.insert(scalar.string)
      }
    }
    guard let name = repeated.min(), let mark = first[name] else { return }
    throw .duplicateKeys(repeated.sorted(), mark: mark)
  }

  private static func hasRepeatedKey(_ pairs: [(key: YAMLNode, value: YAMLNode)]) -> Bool {
    for later in pairs.indices {
      guard let name = pairs[later].key.scalar?.string else { continue }
      for earlier in pairs[..<later] where earlier.key.scalar?.string == name { return true }
    }
    return false
  }

  private func next() throws(YAMLError) -> Event {
    var event = yaml_event_t()
    guard yaml_parser_parse(&parser, &event) == 1 else { throw error() }
    defer { yaml_event_delete(&event) }
    var copied = Event(type: event.type, mark: Self.mark(event.start_mark))
    switch event.type {
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      copied.value = String(
        decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)),
        as: UTF8.self)
      copied.anchor = scalar.anchor.map { String(cString: $0) }
    case YAML_ALIAS_EVENT:
      copied.anchor = event.data.alias.anchor.map { String(cString: $0) }
    case YAML_SEQUENCE_START_EVENT:
      copied.anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
    case YAML_MAPPING_START_EVENT:
      copied.anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
    default:
      break
    }
    return copied
  }

  private func error() -> YAMLError {
    let problem = parser.problem.map { String(cString: $0) } ?? "cannot be parsed"
    if parser.error == YAML_READER_ERROR {
      return .reader(problem: problem, offset: parser.problem_offset)
    }
    let context = parser.context.map { String(cString: $0) }
    return .syntax(problem: problem, context: context, mark: Self.mark(parser.problem_mark))
  }

  private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
    YAMLMark(line: mark.line + 1, column: mark.column + 1)
  }
}

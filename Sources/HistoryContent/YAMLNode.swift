/// Where a node starts in its file: line and column from 1, the column
/// counted in Unicode scalars, as libyaml counts it.
struct YAMLMark: Equatable, Sendable {
  /// 32 bits each: a content file is at most a few MB, and every node of
  /// the tree holds a mark, so the tree is a fifth smaller than with `Int`s.
  private let storedLine: Int32
  private let storedColumn: Int32

  var line: Int { Int(storedLine) }
  var column: Int { Int(storedColumn) }

  init(line: Int, column: Int) {
    storedLine = Int32(clamping: line)
    storedColumn = Int32(clamping: column)
  }
}

/// A composed YAML document: every value is text (the readers parse numbers
/// and dates themselves), and every node keeps its place in the file, so
/// that each problem can be reported at its line and column.
///
/// Not `indirect`: the lists and mappings already hold their children in
/// arrays, and a box around every node cost an allocation per node.
enum YAMLNode: Sendable {
  case scalar(YAMLScalar)
  case mapping(YAMLMapping)
  case sequence(YAMLSequence)

  var mark: YAMLMark {
    switch self {
    case .scalar(let scalar): scalar.mark
    case .mapping(let mapping): mapping.mark
    case .sequence(let sequence): sequence.mark
    }
  }

  var scalar: YAMLScalar? {
    if case .scalar(let scalar) = self { return scalar }
    return nil
  }

  var mapping: YAMLMapping? {
    if case .mapping(let mapping) = self { return mapping }
    return nil
  }

  var sequence: YAMLSequence? {
    if case .sequence(let sequence) = self { return sequence }
    return nil
  }
}

struct YAMLScalar: Sendable {
  var string: String
  var mark: YAMLMark
}

/// Fields in the order they are written. Content mappings have a handful of
/// keys, so a lookup walks them rather than paying for a hash table.
struct YAMLMapping: Sequence, Sendable {
  /// A field: the text of its key when the key is a scalar, the key, and
  /// the value. Lookups compare only the text: matching each key node
  /// against `.scalar` copied it (and its value with it), which was most
  /// of the work of reading a large content set's fields.
  typealias Pair = (name: String?, key: YAMLNode, value: YAMLNode)

  var pairs: [Pair]
  var mark: YAMLMark

  /// Where a pair's name and value lie within it.
  private static let nameOffset = MemoryLayout<Pair>.offset(of: \Pair.name)!
  private static let valueOffset = MemoryLayout<Pair>.offset(of: \Pair.value)!

  /// Part of the pair at `index`, read in place: reading it as
  /// `pairs[index].name`, or through `pointee`, copied the whole pair
  /// (retaining its key and value, then releasing them).
  private func part<Part>(_ index: Int, at offset: Int, as _: Part.Type) -> Part {
    pairs.withUnsafeBufferPointer { pairs in
      (UnsafeRawPointer(pairs.baseAddress! + index) + offset).assumingMemoryBound(to: Part.self)
        .pointee
    }
  }

  /// The text of the key of the field at `index`, if the key is a scalar.
  func name(at index: Int) -> String? { part(index, at: Self.nameOffset, as: String?.self) }

  /// The value of the field at `index`.
  func value(at index: Int) -> YAMLNode { part(index, at: Self.valueOffset, as: YAMLNode.self) }

  /// The key of the field at `index`.
  func key(at index: Int) -> YAMLNode { pairs[index].key }

  /// `pairs` as the composer finds them, each key's text taken from it.
  init(pairs: [(key: YAMLNode, value: YAMLNode)], mark: YAMLMark) {
    self.pairs = pairs.map { ($0.key.scalar?.string, $0.key, $0.value) }
    self.mark = mark
  }

  var isEmpty: Bool { pairs.isEmpty }

  /// The value of the field `key`, a lowercase ASCII name: no other text
  /// is canonically equal to one, so a key of another length cannot be
  /// it, and that is checked first (it rules out most fields at once).
  subscript(key: String) -> YAMLNode? {
    let length = key.utf8.count
    for index in pairs.indices {
      guard let name = name(at: index), name.utf8.count == length, name == key else { continue }
      return value(at: index)
    }
    return nil
  }

  func makeIterator() -> Iterator { Iterator(pairs: pairs.makeIterator()) }

  /// Each field as its key and value.
  struct Iterator: IteratorProtocol {
    var pairs: IndexingIterator<[Pair]>

    mutating func next() -> (key: YAMLNode, value: YAMLNode)? {
      pairs.next().map { ($0.key, $0.value) }
    }
  }
}

struct YAMLSequence: Sendable {
  var items: [YAMLNode]
  var mark: YAMLMark
}

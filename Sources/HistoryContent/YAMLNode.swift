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

  /// A scalar that reads `text`, whose length in bytes is `length`.
  func isScalar(_ text: String, length: Int) -> Bool {
    guard case .scalar(let scalar) = self else { return false }
    return scalar.string.utf8.count == length && scalar.string == text
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
  var pairs: [(key: YAMLNode, value: YAMLNode)]
  var mark: YAMLMark

  var isEmpty: Bool { pairs.isEmpty }

  /// The value of the field `key`, a lowercase ASCII name: no other text
  /// is canonically equal to one, so a key of another length cannot be
  /// it, and that is checked first (it rules out most fields at once).
  subscript(key: String) -> YAMLNode? {
    let length = key.utf8.count
    for index in pairs.indices where pairs[index].key.isScalar(key, length: length) {
      return pairs[index].value
    }
    return nil
  }

  func makeIterator() -> IndexingIterator<[(key: YAMLNode, value: YAMLNode)]> {
    pairs.makeIterator()
  }
}

struct YAMLSequence: Sendable {
  var items: [YAMLNode]
  var mark: YAMLMark
}

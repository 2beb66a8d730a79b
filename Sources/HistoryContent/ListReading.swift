/// Reads the entries of a list into items, a long list in two halves at
/// once (see `SideThread`): the events of a large timeline are most of the
/// work of loading it.
enum ListReading {
  /// Below this, a second thread costs more than it saves (reading an
  /// event takes about 10 µs, starting a thread some 50 µs); the shipped
  /// content never comes near it.
  static let entriesWorthASecondThread = 1_000

  /// Each item read, and for each its node and its position in the list.
  struct Read<Item: Sendable>: Sendable {
    var items: [Item] = []
    var places: [(node: YAMLNode, index: Int)] = []
  }

  /// The entries of the list at `path`, read with `readItem`. Problems,
  /// ids and texts are found by `reader`, or by a part of it that reads
  /// the second half (`NodeReader.parts`).
  static func read<Item: Sendable>(
    _ entries: [YAMLNode], _ path: FieldPath, _ reader: NodeReader,
    _ readItem: @escaping @Sendable (YAMLNode, FieldPath, NodeReader) -> Item?
  ) -> Read<Item> {
    guard entries.count >= entriesWorthASecondThread else {
      return read(entries.indices, of: entries, path, reader, readItem)
    }
    let middle = entries.count / 2
    let file = reader.file
    var (first, (second, secondReader)) = SideThread.run(
      { read(0..<middle, of: entries, path, reader, readItem) },
      alongside: {
        let secondReader = NodeReader(file: file)
        return (
          read(middle..<entries.count, of: entries, path, secondReader, readItem), secondReader
        )
      })
    reader.append(part: secondReader)
    first.items.reserveCapacity(first.items.count + second.items.count)
    first.items += second.items
    first.places += second.places
    // The copies share what the second half's items hold; letting go of
    // them one by one is work for a side thread, not for the first frame.
    SideThread.discard(consume second)
    return first
  }

  private static func read<Item: Sendable>(
    _ range: Range<Int>, of entries: [YAMLNode], _ path: FieldPath, _ reader: NodeReader,
    _ readItem: (YAMLNode, FieldPath, NodeReader) -> Item?
  ) -> Read<Item> {
    var read = Read<Item>()
    read.items.reserveCapacity(range.count)
    read.places.reserveCapacity(range.count)
    for index in range {
      let node = entries[index]
      guard let item = readItem(node, path.entry(index), reader) else { continue }
      read.items.append(item)
      read.places.append((node, index))
    }
    return read
  }
}

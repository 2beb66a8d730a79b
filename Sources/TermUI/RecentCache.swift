/// Values worked out lately, kept for the next key and frame: every frame
/// asks for the same wrapped text, list rows and labels, and without this
/// each would be made again. Owned by the renderer, on the loop's thread.
final class RecentCache<Key: Hashable, Value> {
  /// A handful is plenty: what is in view and what a visitor steps back to.
  /// When full, the cache starts afresh instead of tracking which entry
  /// is oldest.
  private let capacity: Int
  private var entries: [Key: Value] = [:]

  init(capacity: Int) { self.capacity = capacity }

  func value(for key: Key, make: () -> Value) -> Value {
    if let value = entries[key] { return value }
    let value = make()
    if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
    entries[key] = value
    return value
  }
}

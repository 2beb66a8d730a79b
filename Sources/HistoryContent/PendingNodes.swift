/// The fields or entries of the mappings and lists a composer still has
/// open, innermost last, handed over as an array when one ends.
///
/// The top run is moved into the array, not copied: a copy out of an
/// `Array` retained every node once more, and dropping it from the
/// `Array` released it again, two reference counts per node of the file.
/// The owner calls `free()` when done; the stack is not copied.
struct PendingNodes<Element> {
  private var base: UnsafeMutablePointer<Element>
  private var capacity: Int
  /// How many are pending, of every open mapping or list.
  private(set) var count = 0

  init() {
    capacity = 256
    base = .allocate(capacity: capacity)
  }

  subscript(index: Int) -> Element { base[index] }

  /// Takes `element` over: copying it in retained its nodes once more,
  /// only to release them when the caller's copy went.
  mutating func append(_ element: consuming Element) {
    if count == capacity {
      let larger = UnsafeMutablePointer<Element>.allocate(capacity: 2 * capacity)
      larger.moveInitialize(from: base, count: count)
      base.deallocate()
      (base, capacity) = (larger, 2 * capacity)
    }
    (base + count).initialize(to: consume element)
    count += 1
  }

  /// Those from `first` on, in order, as an array of their number.
  mutating func take(from first: Int) -> [Element] {
    let taken = count - first
    count = first
    return [Element](unsafeUninitializedCapacity: taken) { buffer, initialized in
      if taken > 0 { buffer.baseAddress!.moveInitialize(from: base + first, count: taken) }
      initialized = taken
    }
  }

  /// Drops those still pending (a composer that gave up leaves some) and
  /// the storage.
  mutating func free() {
    base.deinitialize(count: count)
    base.deallocate()
    count = 0
    capacity = 0
  }
}

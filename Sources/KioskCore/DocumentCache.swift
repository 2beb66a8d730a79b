import HistoryContent
import Synchronization

/// The wrapped lines of the items shown lately. The reducer (how far the
/// reading view can scroll) and the renderer (what to draw) both need them
/// for every key; without this each would wrap the same text again.
final class DocumentCache: Sendable {
  struct Key: Hashable {
    /// The item, or nil for the exhibition's introduction.
    var item: ItemRef?
    var language: String
    var asciiOnly: Bool
    var width: Int
  }

  /// A handful is plenty: the item in view and those a visitor steps back
  /// to, in the list and the reading width, in one or two languages, and
  /// the exhibition's introduction beside its list.
  private static let capacity = 20
  private let entries = Mutex<[Key: [DocumentLine]]>([:])

  func lines(for key: Key, make: () -> [DocumentLine]) -> [DocumentLine] {
    if let lines = entries.withLock({ $0[key] }) { return lines }
    let lines = make()
    entries.withLock { entries in
      if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
      entries[key] = lines
    }
    return lines
  }
}

import HistoryContent
import Synchronization

/// The wrapped lines of the items shown lately. The reducer (how far the
/// reading view can scroll) and the renderer (what to draw) both need them
/// for every key; without this each would wrap the same text again.
final class DocumentCache: Sendable {
  struct Key: Hashable {
    var pane: Pane
    var index: Int
    var language: String
    var asciiOnly: Bool
    var width: Int
  }

  /// A handful is plenty: the item in view, in the list and the reading
  /// width, in one or two languages.
  private static let capacity = 16
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

import HistoryContent
import Synchronization

/// Values worked out lately, kept for the next key and frame: the reducer
/// (how far the reading view can scroll) and the renderer (what to draw)
/// ask for the same wrapped text or list rows on every key, and without
/// this each would make them again.
final class RecentCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
  /// A handful is plenty: what is in view and what a visitor steps back to.
  /// When full, the cache starts afresh instead of tracking which entry
  /// is oldest.
  private let capacity: Int
  private let entries = Mutex<[Key: Value]>([:])

  init(capacity: Int) { self.capacity = capacity }

  func value(for key: Key, make: () -> Value) -> Value {
    if let value = entries.withLock({ $0[key] }) { return value }
    let value = make()
    entries.withLock { entries in
      if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
      entries[key] = value
    }
    return value
  }
}

/// Which item's text, in which language and width.
struct DocumentKey: Hashable, Sendable {
  /// The item, or nil for the exhibition's introduction.
  var item: ItemRef?
  var language: LanguageKey
  var width: Int
}

/// Which rows of which list, in which language and width.
struct ListPageKey: Hashable, Sendable {
  var pane: Pane
  var rows: Range<Int>
  var language: LanguageKey
  var width: Int
}

/// Which footer: its mode, language and width.
struct HintsKey: Hashable, Sendable {
  var mode: Mode
  var language: LanguageKey
  var width: Int
}

/// Which title bar place, in which language, cut to how many columns.
struct HeaderKey: Hashable, Sendable {
  var subject: HeaderSubject
  var language: LanguageKey
  var room: Int
}

/// Which item's counter or date, in which language.
struct ItemTextKey: Hashable, Sendable {
  var item: ItemRef
  var language: LanguageKey
}

/// Which time axis: its language and width.
struct AxisKey: Hashable, Sendable {
  var language: LanguageKey
  var width: Int
}

/// A language as a key: `Language`'s own equality leaves out whether it is
/// shown in ASCII, which changes the texts.
struct LanguageKey: Hashable, Sendable {
  var code: String
  var asciiOnly: Bool

  init(_ language: Language) {
    code = language.code
    asciiOnly = language.asciiOnly
  }
}

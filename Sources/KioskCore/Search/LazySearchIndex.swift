import Synchronization

/// The search index, built on the first search rather than at start: most
/// visitors never search, and the kiosk starts no slower for it.
final class LazySearchIndex: Sendable {
  private let index = Mutex<SearchIndex?>(nil)

  func get(_ build: () -> SearchIndex) -> SearchIndex {
    index.withLock { index in
      if let index { return index }
      let built = build()
      index = built
      return built
    }
  }
}

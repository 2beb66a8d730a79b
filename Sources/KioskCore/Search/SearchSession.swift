/// A search under way: what the visitor typed, which result is selected,
/// and the result being read, if any. It stands over the screen as an
/// overlay, so leaving it returns to exactly where the visitor was.
public struct SearchSession: Hashable, Sendable {
  /// What was typed into the search line.
  public var text: String
  /// The selected result.
  public var cursor: Int
  /// Keys go to the search line (true) or move through the results.
  public var isOnLine: Bool
  /// The result opened for reading, its matches highlighted.
  public var opened: Reading?

  public init(text: String = "", cursor: Int = 0, isOnLine: Bool = true, opened: Reading? = nil) {
    self.text = text
    self.cursor = cursor
    self.isOnLine = isOnLine
    self.opened = opened
  }

  /// The typed text as search terms.
  public var query: SearchQuery { SearchQuery(text) }

  /// The longest search line kept: enough for any question, bounded for a paste.
  public static let maxLength = 60
}

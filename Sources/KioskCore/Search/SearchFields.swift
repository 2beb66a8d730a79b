/// An item's texts in one language, grouped by how much a match in them
/// says: a match in a title ranks above one in the text, which ranks above
/// one in the sources.
public struct SearchFields: Sendable {
  public var titles: [String]
  public var text: [String]
  public var sources: [String]

  public init(titles: [String], text: [String] = [], sources: [String] = []) {
    self.titles = titles
    self.text = text
    self.sources = sources
  }

  /// The fields with their weights, heaviest first.
  var weighted: [(weight: Int, texts: [String])] { [(3, titles), (2, text), (1, sources)] }
}

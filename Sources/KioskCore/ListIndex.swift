import HistoryContent

/// What one row of a pane's list holds: an item, or (on the timeline) the
/// heading of the era that the items below it belong to.
public enum ListRow: Hashable, Sendable {
  case item(Int)
  case heading(era: Int)

  public var item: Int? {
    if case .item(let index) = self { return index }
    return nil
  }
}

/// The rows of each pane's list, worked out once when the content loads, so
/// that drawing a frame or answering a click touches only the visible rows,
/// however long the timeline is.
public struct ListIndex: Sendable {
  private let rows: [[ListRow]]
  /// For each pane, the row of each item.
  private let rowOfItem: [[Int]]

  init(_ content: Content) {
    var rows: [[ListRow]] = []
    for pane in Pane.allCases {
      switch pane {
      case .timeline:
        var timeline: [ListRow] = []
        var era: String?
        let eraIndex = Dictionary(
          content.eras.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (index, event) in content.events.enumerated() {
          if event.era != era, let heading = eraIndex[event.era] {
            era = event.era
            timeline.append(.heading(era: heading))
          }
          timeline.append(.item(index))
        }
        rows.append(timeline)
      case .work: rows.append(content.areas.indices.map(ListRow.item))
      case .exhibition: rows.append(content.captions.indices.map(ListRow.item))
      }
    }
    self.rows = rows
    rowOfItem = rows.map { paneRows in
      paneRows.enumerated().compactMap { row, kind in kind.item == nil ? nil : row }
    }
  }

  /// All rows of `pane`'s list.
  public func rows(_ pane: Pane) -> [ListRow] { rows[pane.rawValue] }

  /// The row that shows item `index` of `pane`.
  public func row(ofItem index: Int, in pane: Pane) -> Int {
    let rows = rowOfItem[pane.rawValue]
    return rows.indices.contains(index) ? rows[index] : 0
  }

  /// The first row shown when `selected` is selected and `visible` rows fit:
  /// the list pages, so the selection is always in view and never jitters.
  public func offset(selected: Int, in pane: Pane, visible: Int) -> Int {
    let count = rows[pane.rawValue].count
    guard visible > 0, count > visible else { return 0 }
    let row = row(ofItem: selected, in: pane)
    return min((row / visible) * visible, count - visible)
  }
}

import HistoryContent

/// The rows of each section's list, worked out once when the content loads,
/// so that drawing a frame or answering a click touches only the visible
/// rows, however long the timeline is.
public struct ListIndex: Sendable {
  private let rows: [[ListRow]]
  /// For each section, the row of each item.
  private let rowOfItem: [[Int]]

  init(_ sections: [any Section], _ content: Content) {
    rows = sections.map { $0.rows(content) }
    rowOfItem = rows.map { sectionRows in
      sectionRows.enumerated().compactMap { row, kind in kind.item == nil ? nil : row }
    }
  }

  /// All rows of `section`'s list.
  public func rows(_ section: Int) -> [ListRow] { rows[section] }

  /// The row that shows item `index` of `section`.
  public func row(ofItem index: Int, in section: Int) -> Int {
    let rows = rowOfItem[section]
    return rows.indices.contains(index) ? rows[index] : 0
  }

  /// The first row shown when `selected` is selected and `visible` rows fit:
  /// the list pages, so the selection is always in view and never jitters.
  public func offset(selected: Int, in section: Int, visible: Int) -> Int {
    let count = rows[section].count
    guard visible > 0, count > visible else { return 0 }
    let row = row(ofItem: selected, in: section)
    return min((row / visible) * visible, count - visible)
  }
}

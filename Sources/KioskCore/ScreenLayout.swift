import TerminalKit

/// Where everything goes on a screen of a given size. Pure geometry, shared
/// by the reducer (how far a page scrolls) and the renderer (where to draw),
/// so the two can never disagree.
public struct ScreenLayout: Hashable, Sendable {
  public var size: Size
  public var header: Rect
  public var tabs: Rect
  public var footer: Rect
  /// The section shown, whose list has the focus.
  public var section: Int
  /// How many sections there are.
  public var sectionCount: Int
  /// The framed list of the shown section's items.
  public var list: Rect
  /// All sections' lists stand side by side, above the detail.
  public var isSideBySide: Bool
  /// The framed detail of the selected item.
  public var detail: Rect
  /// The framed time axis under the list and detail, for the section that
  /// has one (and side by side, always).
  public var axis: Rect?
  /// The text column of the full-screen reading view.
  public var readerText: Rect
  /// Where the reading view shows the item's photo, above its text; nil
  /// when it has none or the screen is too low.
  public var readerPhoto: Rect?
  /// While searching: the framed results, between the title bar and the
  /// search line, leaving room below for the time axis.
  public var searchResults: Rect
  /// While searching: the time axis, with what the search finds marked on
  /// it, if the kiosk has one. (Search is drawn from 80x24, where both fit:
  /// seven results above the axis.)
  public var searchAxis: Rect?

  /// `readingPhoto`: the item in the reading view has a photo.
  public init(
    size: Size, section: Int, sectionCount: Int, axisSection: Int?, readingPhoto: Bool = false
  ) {
    self.size = size
    self.section = section
    self.sectionCount = max(1, sectionCount)
    let width = size.width
    let height = size.height
    header = Rect(x: 0, y: 0, width: width, height: 1)
    tabs = Rect(x: 0, y: 1, width: width, height: 1)
    footer = Rect(x: 0, y: height - 1, width: width, height: 1)
    var body = Rect(x: 0, y: 2, width: width, height: height - 3)
    isSideBySide = width >= Self.sideBySideWidth
    // The axis grows a little on tall screens: room for era names.
    let axisHeight = height >= 40 ? 6 : 5
    if axisSection != nil {
      searchAxis = Rect(x: 0, y: height - 2 - axisHeight, width: width, height: axisHeight)
      searchResults = Rect(x: 0, y: 1, width: width, height: height - 3 - axisHeight)
    } else {
      searchAxis = nil
      searchResults = Rect(x: 0, y: 1, width: width, height: height - 3)
    }
    if let axisSection, section == axisSection || isSideBySide {
      // Side by side the timeline's list is always in view, and so is its axis.
      axis = Rect(x: 0, y: body.maxY - axisHeight, width: width, height: axisHeight)
      body.height -= axisHeight
    } else {
      axis = nil
    }
    if isSideBySide {
      // Every list across the top, the selected item's text below them.
      let listsHeight = max(8, body.height * 2 / 5)
      let row = Rect(x: 0, y: body.y, width: width, height: listsHeight)
      list = Self.share(section, of: self.sectionCount, row)
      detail = Rect(x: 0, y: body.y + listsHeight, width: width, height: body.height - listsHeight)
    } else {
      // The list is about a third of the width, within readable bounds.
      let listWidth = min(max(width / 3, 32), 48)
      list = Rect(x: 0, y: body.y, width: listWidth, height: body.height)
      detail = Rect(x: listWidth, y: body.y, width: width - listWidth, height: body.height)
    }
    // Reading view: a centred column of comfortable measure.
    let textWidth = min(width - 6, Self.readingMeasure)
    readerText = Rect(x: (width - textWidth) / 2, y: 3, width: textWidth, height: height - 5)
    // The photo stands above the text, in about a third of the height,
    // where that leaves the text room for a paragraph.
    if readingPhoto, height >= Self.lowestWithReaderPhoto {
      let rows = min(readerText.height / 3 + 1, 16)
      readerPhoto = Rect(x: readerText.x, y: readerText.y, width: readerText.width, height: rows)
      readerText.y += rows + 1
      readerText.height -= rows + 1
    }
  }

  /// From this many rows the reading view shows a photo above the text.
  public static let lowestWithReaderPhoto = 20

  /// The framed list of `section` if it is on screen: only the shown
  /// section's on a narrow screen, all of them side by side on a wide one.
  public func list(of section: Int) -> Rect? {
    if section == self.section { return list }
    guard isSideBySide, (0..<sectionCount).contains(section) else { return nil }
    let row = Rect(x: 0, y: list.y, width: size.width, height: list.height)
    return Self.share(section, of: sectionCount, row)
  }

  /// The `index`th of `count` equal shares of the width of `row`.
  private static func share(_ index: Int, of count: Int, _ row: Rect) -> Rect {
    let x = row.width * index / count
    let right = row.width * (index + 1) / count
    return Rect(x: x, y: row.y, width: right - x, height: row.height)
  }

  /// From this many columns the sections' lists stand side by side.
  public static let sideBySideWidth = 160

  /// The longest line of running text, in columns: longer lines are hard
  /// to follow from one to the next.
  public static let readingMeasure = 76

  /// How many list items fit inside the list's frame.
  public var listRows: Int { max(1, list.height - 2) }
}

import HistoryContent

/// One section of the kiosk: everything the app needs to know about it, in
/// one place. Tab, the number keys, the tabs bar, the layout, the footer,
/// the announcer, the attract loop, the tour, the log and search all read the
/// kiosk's list of sections; none of them knows which sections there are.
///
/// A new section is a new type conforming to this, its content and reader,
/// and an entry in the list the kiosk is built with.
public protocol Section: Sendable {
  /// The section's name in the operator's log ("timeline"): stable, English.
  var logName: String { get }
  /// The section's name on its tab and in the title bar.
  func name(_ language: Language) -> String
  /// "Event 3 of 21": where item `position` (from 1) stands among `count`.
  func counter(_ position: Int, of count: Int, _ language: Language) -> String
  /// How many items the section lists.
  func itemCount(_ content: Content) -> Int
  /// Item `index`'s stable id from the content ("1951-brussels"), for the log.
  func itemID(_ index: Int, _ content: Content) -> String
  /// The rows of the section's list, in order: its items and any headings
  /// between them.
  func rows(_ content: Content) -> [ListRow]
  /// The words of one row of the list.
  func rowText(_ row: ListRow, _ content: Content, _ language: Language) -> String
  /// The title of the section's framed list.
  func listTitle(_ content: Content, _ language: Language) -> String
  /// What the title bar says of item `index` after the section's name.
  func place(_ index: Int, _ content: Content, _ language: Language) -> String
  /// Item `index` laid out as lines `width` columns wide: the detail pane and
  /// the reading view show it.
  func document(_ index: Int, _ content: Content, _ language: Language, width: Int)
    -> [DocumentLine]
  /// Item `index` in one sentence, for the plain stream.
  func summary(_ index: Int, _ content: Content, _ language: Language) -> String
  /// One short line the tour's narration shows for item `index`.
  func narration(_ index: Int, _ content: Content, _ language: Language) -> String
  /// Whether the attract loop shows the section's items while nobody is at
  /// the kiosk.
  var isInAttract: Bool { get }
  /// Item `index` as an attract slide: large, calm, short.
  func slide(_ index: Int, _ content: Content, _ language: Language, width: Int)
    -> [DocumentLine]
  /// Whether the presenter's tour stops at the section's items.
  var isInTour: Bool { get }
  /// Whether the section lists the timeline's events, which the time axis
  /// below its list places in time (and a click on the axis selects).
  var hasTimeAxis: Bool { get }
  /// With a time axis: the timeline's event that item `index` is, if any.
  func event(ofItem index: Int, _ content: Content) -> Int?
  /// With a time axis: the item that the timeline's event `event` is.
  func item(ofEvent event: Int, _ content: Content) -> Int
  /// Text shown below the list when there is room for it.
  func belowList(_ content: Content, _ language: Language, width: Int) -> [DocumentLine]
  /// The texts search looks in for item `index`, by how much a match says.
  func searchFields(_ index: Int, _ content: Content, _ language: Language) -> SearchFields
  /// The web address a visitor may want to follow from item `index`, which
  /// the kiosk offers as a QR code; nil for none.
  func webAddress(_ index: Int, _ content: Content) -> String?
  /// The years item `index` stands for, which a search for a year finds;
  /// nil for an item of no particular time.
  func years(_ index: Int, _ content: Content) -> ClosedRange<Int>?
  /// The photo a curator added to item `index`; nil for none.
  func photo(_ index: Int, _ content: Content) -> Photo?
}

extension Section {
  public func rows(_ content: Content) -> [ListRow] {
    (0..<itemCount(content)).map(ListRow.item)
  }
  public func listTitle(_ content: Content, _ language: Language) -> String { name(language) }
  public var isInAttract: Bool { false }
  public func slide(_ index: Int, _ content: Content, _ language: Language, width: Int)
    -> [DocumentLine]
  { document(index, content, language, width: width) }
  public var isInTour: Bool { true }
  public var hasTimeAxis: Bool { false }
  public func event(ofItem index: Int, _ content: Content) -> Int? { index }
  public func item(ofEvent event: Int, _ content: Content) -> Int { event }
  public func belowList(_ content: Content, _ language: Language, width: Int) -> [DocumentLine] {
    []
  }
  public func searchFields(_ index: Int, _ content: Content, _ language: Language) -> SearchFields {
    SearchFields(
      titles: [place(index, content, language)],
      text: document(index, content, language, width: 100_000).map(\.text))
  }
  public func years(_ index: Int, _ content: Content) -> ClosedRange<Int>? { nil }
  public func webAddress(_ index: Int, _ content: Content) -> String? { nil }
  public func photo(_ index: Int, _ content: Content) -> Photo? { nil }
}

/// The sections a kiosk shows unless told otherwise, in the order Tab visits
/// them and the number keys name them.
public enum StandardSections {
  public static let all: [any Section] = [TimelineSection(), WorkSection(), ExhibitionSection()]
}

/// What one row of a section's list holds: an item, or a heading (on the
/// timeline, the era that the items below it belong to).
public enum ListRow: Hashable, Sendable {
  case item(Int)
  case heading(Int)

  public var item: Int? {
    if case .item(let index) = self { return index }
    return nil
  }
}

import HistoryContent
import KioskCore
import QRCode
import TerminalKit
import TextLayout

/// The view function: the whole screen for a state, drawn into a buffer.
/// It keeps the texts it made lately (wrapped items, list pages, labels),
/// since most frames show what the frame before showed; the event loop owns
/// one for its whole run.
public final class Renderer {
  public let kiosk: Kiosk
  /// Where photos come from, drawn for this terminal; nil: their alt texts.
  public var pictures: PictureSource?
  private let documents = RecentCache<DocumentKey, [DocumentLine]>(capacity: 20)
  private let listPages = RecentCache<ListPageKey, [String]>(capacity: 12)
  private let axisColumns = RecentCache<Int, [Bool]>(capacity: 4)
  private let footerHints = RecentCache<HintsKey, [ChromeLayout.Hint]>(capacity: 8)
  private let tabRows = RecentCache<Language, [ChromeLayout.Tab]>(capacity: 4)
  private let headerPlaces = RecentCache<HeaderKey, HeaderPlace>(capacity: 24)
  private let counters = RecentCache<ItemKey, String>(capacity: 24)
  private let eventDates = RecentCache<ItemKey, String>(capacity: 24)
  private let axes = RecentCache<AxisKey, AxisTexts>(capacity: 4)
  private let searches = RecentCache<String, [SearchResult]>(capacity: 4)
  private let foundOnAxis = RecentCache<FoundKey, [Bool]>(capacity: 4)
  private let codes = RecentCache<String, QRCode?>(capacity: 4)

  public init(_ kiosk: Kiosk, pictures: PictureSource? = nil) {
    self.kiosk = kiosk
    self.pictures = pictures
  }

  /// The screen for `state` in a buffer of its own.
  public func render(_ state: AppState) -> Buffer {
    var buffer = Buffer(size: state.size, asciiOnly: state.asciiOnly)
    render(state, into: &buffer)
    return buffer
  }

  /// Draws the screen for `state` into `buffer`, whose cells are blanked
  /// first and reused when it has the state's size and holds them alone:
  /// the event loop draws every frame into the buffer of the frame before
  /// last, instead of allocating a screenful of cells for each key.
  public func render(_ state: AppState, into buffer: inout Buffer) {
    buffer.reset(size: state.size, asciiOnly: state.asciiOnly)
    switch state.screen {
    case .tooSmall:
      if case .quitQuestion = state.overlay {
        Prompts.quit(&buffer, self, state)
      } else {
        Prompts.tooSmall(&buffer, state)
      }
      return
    case .attract(let attract):
      AttractView.draw(&buffer, self, state, attract)
      return
    case _ where state.search?.opened != nil:
      if let search = state.search, let opened = search.opened {
        ReaderView.draw(&buffer, self, state, opened, marking: search.query.words)
      }
    case .read(let reading):
      ReaderView.draw(&buffer, self, state, reading)
    case .browse:
      BrowseView.draw(&buffer, self, state)
    case .tour(let tour):
      BrowseView.draw(&buffer, self, state)
      TourView.narrate(&buffer, self, state, tour)
    }
    Chrome.footer(&buffer, self, state)
    switch state.overlay {
    case .help: HelpView.draw(&buffer, self, state)
    case .quitQuestion(let over):
      if over == .help { HelpView.draw(&buffer, self, state) }
      Prompts.quit(&buffer, self, state)
    case .search(let search):
      if search.opened == nil { SearchView.draw(&buffer, self, state, search) }
    case .qrCode(let address):
      CodeOverlay.draw(&buffer, self, state, address: address)
    case nil: break
    }
  }

  /// Whether `old` and `new` draw the same screen: they differ at most in
  /// what no view draws (the time of the last input, the operator's
  /// progress through the quit keys). A key that changes nothing else, Up
  /// at the top of a list, needs no frame.
  public static func showsSame(_ old: AppState, _ new: AppState) -> Bool {
    var new = new
    new.lastInputAt = old.lastInputAt
    new.operatorProgress = old.operatorProgress
    return new == old
  }

  // MARK: Texts made once and kept

  /// An item's text wrapped to `width`.
  func document(_ item: ItemRef, _ language: Language, width: Int) -> [DocumentLine] {
    documents.value(for: DocumentKey(item: item, language: language, width: width)) {
      kiosk.document(item, language, width: width)
    }
  }

  /// What `section` shows below its list, wrapped to `width`.
  func belowList(_ section: Int, _ language: Language, width: Int) -> [DocumentLine] {
    let key = DocumentKey(
      item: ItemRef(section: section, index: -1), language: language, width: width)
    return documents.value(for: key) {
      kiosk.sections[section].belowList(kiosk.content, language, width: width)
    }
  }

  /// The texts of rows `rows` of `section`'s list, with a space before and
  /// cut to `width` columns: a key that moves the selection within the page
  /// makes none of them.
  func listTexts(_ section: Int, rows: Range<Int>, _ language: Language, width: Int) -> [String] {
    let key = ListPageKey(section: section, rows: rows, language: language, width: width)
    return listPages.value(for: key) {
      kiosk.lists.rows(section)[rows].map { row in
        let text = kiosk.sections[section].rowText(row, kiosk.content, language)
        return Wrap.truncate(" " + Sanitizer.clean(text), width: width)
      }
    }
  }

  /// For each column of a time axis `width` wide, whether an event stands
  /// there: worked out once per width, since it looks at every event.
  func eventColumns(onAxisOfWidth width: Int) -> [Bool] {
    axisColumns.value(for: width) {
      var marked = [Bool](repeating: false, count: max(0, width))
      guard let scale = TimeScale(kiosk.content, width: width, x: 0) else { return marked }
      for event in kiosk.content.events { marked[scale.column(event.date.fractionalYear)] = true }
      return marked
    }
  }

  /// The footer's key hints, laid out once per mode, language and width.
  func hints(_ state: AppState) -> [ChromeLayout.Hint] {
    let key = HintsKey(
      mode: state.mode, language: state.textLanguage, width: state.size.width,
      offersCode: kiosk.webAddress(state) != nil)
    return footerHints.value(for: key) { ChromeLayout.hints(kiosk, state) }
  }

  /// The section tabs, laid out once per language.
  func tabs(_ language: Language) -> [ChromeLayout.Tab] {
    tabRows.value(for: language) { ChromeLayout.tabs(kiosk, language) }
  }

  /// The right of the title bar, where the visitor is, cut to `room` columns.
  func headerPlace(_ subject: HeaderSubject, _ language: Language, room: Int) -> HeaderPlace {
    let key = HeaderKey(subject: subject, language: language, room: room)
    return headerPlaces.value(for: key) { HeaderPlace(kiosk, subject, language, room: room) }
  }

  /// "Event 3 of 21".
  func counter(_ item: ItemRef, _ language: Language) -> String {
    counters.value(for: ItemKey(item: item, language: language)) {
      kiosk.counter(item, language)
    }
  }

  /// The date of the timeline's event `index` as the time axis shows it.
  func eventDate(_ index: Int, _ language: Language) -> String {
    eventDates.value(for: ItemKey(item: ItemRef(section: -1, index: index), language: language)) {
      let event = kiosk.content.events[index]
      return Formatting.span(event.date, until: event.until, language)
    }
  }

  /// The time axis's title and era names for an axis `width` columns wide.
  func axisTexts(_ language: Language, width: Int) -> AxisTexts {
    axes.value(for: AxisKey(language: language, width: width)) {
      AxisTexts(kiosk.content, language, width: width)
    }
  }

  /// `address` as a QR code, encoded once.
  func code(_ address: String) -> QRCode? {
    codes.value(for: address) { QRCode(address) }
  }

  /// What `search` finds: worked out once per text typed, not per frame.
  func results(_ search: SearchSession) -> [SearchResult] {
    searches.value(for: search.text) { kiosk.results(search) }
  }

  /// For each column of a time axis `width` wide, whether something
  /// `search` finds stands there: once per text typed and width.
  func foundColumns(_ search: SearchSession, onAxisOfWidth width: Int) -> [Bool] {
    foundOnAxis.value(for: FoundKey(text: search.text, width: width)) {
      var marked = [Bool](repeating: false, count: max(0, width))
      guard let scale = TimeScale(kiosk.content, width: width, x: 0) else { return marked }
      for moment in kiosk.moments(of: results(search), search.query) {
        marked[scale.column(moment)] = true
      }
      return marked
    }
  }

  /// The reading view's text for `reading`, wrapped to the screen's column.
  func readerLines(_ reading: Reading, _ state: AppState) -> [DocumentLine] {
    let width = kiosk.layout(state).readerText.width
    return document(
      ItemRef(section: reading.section, index: reading.index), state.textLanguage, width: width)
  }
}

private struct DocumentKey: Hashable {
  var item: ItemRef
  var language: Language
  var width: Int
}

private struct ListPageKey: Hashable {
  var section: Int
  var rows: Range<Int>
  var language: Language
  var width: Int
}

private struct HintsKey: Hashable {
  var mode: Mode
  var language: Language
  var width: Int
  /// Whether the QR code's hint shows.
  var offersCode: Bool
}

private struct HeaderKey: Hashable {
  var subject: HeaderSubject
  var language: Language
  var room: Int
}

private struct ItemKey: Hashable {
  var item: ItemRef
  var language: Language
}

private struct FoundKey: Hashable {
  var text: String
  var width: Int
}

private struct AxisKey: Hashable {
  var language: Language
  var width: Int
}

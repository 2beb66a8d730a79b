import HistoryContent
import KioskCore
import TextLayout

/// What the title bar names on its right: where the visitor is.
enum HeaderSubject: Hashable {
  /// "Timeline › 1951 PICMME is founded"
  case browsing(ItemRef)
  /// "Reading › Timeline › 1951 PICMME is founded"
  case reading(ItemRef)
  /// The exhibition's title, while the attract loop runs.
  case exhibition
}

/// The place text of the title bar, ready to draw: clean, and cut to the
/// room it was made for.
struct HeaderPlace {
  var text: String
  /// Its width in columns.
  var width: Int

  init(_ kiosk: Kiosk, _ subject: HeaderSubject, _ language: Language, room: Int) {
    let place: String
    switch subject {
    case .browsing(let item): place = Self.location(kiosk, item, language)
    case .reading(let item):
      place = "\(UIString.reading.text(language)) › \(Self.location(kiosk, item, language))"
    case .exhibition: place = kiosk.content.exhibition.title.text(language)
    }
    text = Wrap.truncate(Sanitizer.clean(place), width: room)
    width = DisplayWidth.of(text)
  }

  /// The section's name, and the item's year and label.
  private static func location(_ kiosk: Kiosk, _ item: ItemRef, _ language: Language) -> String {
    let section = kiosk.sections[item.section]
    let name = section.name(language)
    guard kiosk.contains(item) else { return name }
    return "\(name) › \(section.place(item.index, kiosk.content, language))"
  }
}

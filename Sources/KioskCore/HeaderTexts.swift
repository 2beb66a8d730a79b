import HistoryContent
import TextLayout

/// What the title bar names on its right: where the visitor is.
public enum HeaderSubject: Hashable, Sendable {
  /// "Timeline › 1951 PICMME is founded"
  case browsing(ItemRef)
  /// "Reading › Timeline › 1951 PICMME is founded"
  case reading(ItemRef)
  /// The exhibition's title, while the attract loop runs.
  case exhibition
}

/// The place text of the title bar, ready to draw.
public struct HeaderPlace: Sendable {
  /// Clean, and cut to the room it was made for.
  public var text: String
  /// Its width in columns.
  public var width: Int
}

/// The texts of the title bar and the item counters, made from the content
/// and the interface's strings.
enum HeaderTexts {
  static func place(_ kiosk: Kiosk, _ subject: HeaderSubject, _ language: Language, room: Int)
    -> HeaderPlace
  {
    let text: String
    switch subject {
    case .browsing(let item): text = location(kiosk, item, language)
    case .reading(let item):
      text = "\(UIString.reading.text(language)) › \(location(kiosk, item, language))"
    case .exhibition: text = kiosk.content.exhibition.title.text(language)
    }
    let place = Wrap.truncate(Sanitizer.clean(text), width: room)
    return HeaderPlace(text: place, width: DisplayWidth.of(place))
  }

  /// What the visitor is looking at: the pane, and the item's year and label.
  private static func location(_ kiosk: Kiosk, _ item: ItemRef, _ language: Language) -> String {
    let name = item.pane.name(language)
    let content = kiosk.content
    let index = item.index
    switch item.pane {
    case .timeline where content.events.indices.contains(index):
      let event = content.events[index]
      return "\(name) › \(event.date.year) \(event.label.text(language))"
    case .work where content.areas.indices.contains(index):
      return "\(name) › \(content.areas[index].label.text(language))"
    case .exhibition where content.captions.indices.contains(index):
      return "\(name) › \(content.captions[index].label.text(language))"
    default:
      return name
    }
  }

  /// "Event 3 of 21": where the item stands in its list.
  static func counter(_ kiosk: Kiosk, _ item: ItemRef, _ language: Language) -> String {
    let format: UIString
    switch item.pane {
    case .timeline: format = .counterEvent
    case .work: format = .counterArea
    case .exhibition: format = .counterPhoto
    }
    return format.text(language, item.index + 1, kiosk.itemCount(item.pane))
  }
}

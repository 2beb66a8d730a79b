import BuiltInContent
import HistoryContent
import KioskCore
import TermUI
import TerminalKit
import Testing

/// What the plain mode and `dump` say of a photo, which they cannot show:
/// its alt text, or its file's name where the curator gave none.
@Suite struct PhotoTextTests {
  static let alt = LocalizedText([.english: "A phone call", .german: "Ein Telefongespräch"])

  /// The shipped content with a photo on the second caption and on the
  /// first event (item 1 of the timeline, after the overview).
  static func kiosk(alt: LocalizedText?) -> Kiosk {
    var content = BuiltInContent.content
    content.captions[1].photo = Photo(
      file: "photos/call.png", path: "/content/photos/call.png", alt: alt)
    content.events[0].photo = Photo(
      file: "photos/brussels.jpg", path: "/content/photos/brussels.jpg", alt: nil)
    return Kiosk(content: content)
  }

  @Test func thePlainLineIsTheAltTextInTheReadersLanguage() {
    let photo = Photo(file: "photos/call.png", path: "/c/photos/call.png", alt: Self.alt)
    #expect(PlainText.photo(photo, .english) == "Photo: A phone call")
    #expect(PlainText.photo(photo, .german) == "Foto: Ein Telefongespräch")
    #expect(PlainText.photo(photo, Language("de", asciiOnly: true)) == "Foto: Ein Telefongespraech")
  }

  @Test func withoutAltTextThePlainLineNamesTheFile() {
    let photo = Photo(file: "photos/1957/flight.jpg", path: "/c/photos/1957/flight.jpg", alt: nil)
    #expect(PlainText.photo(photo, .english) == "Photo: flight.jpg")
    #expect(PlainText.photo(photo, .german) == "Foto: flight.jpg")
  }

  @Test func openingAnItemWithAPhotoSaysItFirst() {
    let kiosk = Self.kiosk(alt: Self.alt)
    let start = kiosk.initialState(size: Size(width: 80, height: 24))
    let keys: [Key] = [.character("3"), .down, .enter]
    let opened = keys.reduce(start) { kiosk.reduce($0, .key($1), at: 0) }
    let lines = Announcer.lines(kiosk, from: nil, to: opened)
    #expect(opened.reading?.section == 2 && opened.reading?.index == 1)
    let text = kiosk.document(ItemRef(section: 2, index: 1), .english, width: 100_000).map(\.text)
    #expect(lines == ["Photo: A phone call"] + text)
    // The overview has no photo; the first event's has no alt text.
    #expect(kiosk.photo(ItemRef(section: 0, index: 0)) == nil)
    let event = [Key.down, .enter].reduce(start) { kiosk.reduce($0, .key($1), at: 0) }
    #expect(Announcer.lines(kiosk, from: nil, to: event).first == "Photo: brussels.jpg")
  }

  @Test func theDumpNamesTheFileAndTheAltText() {
    let english = PlainText.render(Self.kiosk(alt: Self.alt)).split(separator: "\n")
    #expect(
      english.filter { $0.hasPrefix("Photo (") } == [
        "Photo (photos/brussels.jpg)", "Photo (photos/call.png): A phone call",
      ])
    let german = PlainText.render(Self.kiosk(alt: nil), language: .german).split(separator: "\n")
    #expect(
      german.filter { $0.hasPrefix("Foto (") } == [
        "Foto (photos/brussels.jpg)", "Foto (photos/call.png)",
      ])
    // Items without a photo have no such line: the shipped content none.
    let shipped = PlainText.render(Kiosk(content: BuiltInContent.content))
    #expect(!shipped.contains("Photo ("))
  }
}

import BuiltInContent
import HistoryContent
import KioskCore
import TerminalKit
import Testing

@testable import TermUI

/// Where an item's photo goes: below the caption in the room the text
/// leaves, above the text in the reading view; nothing while it is made;
/// its alt text where the terminal shows no pictures.
@Suite struct PhotoLayoutTests {
  /// Pictures made at once, as large as the area asked for allows (at most
  /// four rows), in a symbol a test can see.
  final class MadeAtOnce: PictureSource {
    var answer: (Size) -> PictureLookup
    private(set) var asked: [Size] = []

    init(_ answer: @escaping (Size) -> PictureLookup) { self.answer = answer }

    func picture(of photo: Photo, fitting area: Size) -> PictureLookup {
      asked.append(area)
      return answer(area)
    }

    static func art(fitting area: Size) -> PictureLookup {
      let size = Size(width: area.width, height: min(4, area.height))
      let count = size.width * size.height
      return .ready(
        PictureArt(
          columns: size.width, rows: size.height,
          form: .symbols(
            characters: Array(repeating: "▓", count: count),
            foregrounds: Array(repeating: 196, count: count),
            backgrounds: Array(repeating: -1, count: count), colors: 256)))
    }
  }

  static let kiosk: Kiosk = {
    var content = BuiltInContent.content
    content.captions[0].photo = Photo(
      file: "photos/bars.png", path: "/nowhere/photos/bars.png",
      alt: LocalizedText([(.english, "Four colour bars"), (.german, "Vier Farbbalken")]))
    return Kiosk(content: content)
  }()

  func state(_ keys: [Key], size: Size) -> AppState {
    let kiosk = Self.kiosk
    let state = kiosk.initialState(size: size)
    return keys.reduce(state) { kiosk.reduce($0, .key($1), at: 0) }
  }

  func row(of text: String, in buffer: Buffer) -> Int? {
    buffer.lines.firstIndex { $0.contains(text) }
  }

  @Test func theCaptionsPhotoStandsBelowItsText() throws {
    let pictures = MadeAtOnce(MadeAtOnce.art)
    let buffer = Renderer(Self.kiosk, pictures: pictures).render(
      state([.character("3")], size: Size(width: 100, height: 30)))
    let picture = try #require(buffer.pictures.first)
    let lastText = try #require(row(of: "germany.iom.int)", in: buffer))
    #expect(picture.rect.y > lastText)
    // Inside the detail's frame, above the footer, right of the list.
    #expect(picture.rect.maxY < 29)
    #expect(picture.rect.x > 33 && picture.rect.maxX < 100)
    #expect(buffer.lines[picture.rect.y].contains("▓▓▓▓"))
  }

  @Test func readingViewShowsThePhotoAboveTheTextAndScrollsOnlyTheText() throws {
    let pictures = MadeAtOnce(MadeAtOnce.art)
    let renderer = Renderer(Self.kiosk, pictures: pictures)
    let size = Size(width: 80, height: 24)
    let reading = state([.character("3"), .enter], size: size)
    let layout = Self.kiosk.layout(reading)
    let area = try #require(layout.readerPhoto)
    #expect(area.maxY < layout.readerText.y)
    let buffer = renderer.render(reading)
    let picture = try #require(buffer.pictures.first)
    #expect(picture.rect.y == area.y)
    let title = try #require(row(of: "German emigrants board", in: buffer))
    #expect(title > picture.rect.maxY - 1)
    // Down scrolls the text under the photo, which stays.
    let scrolled = renderer.render(Self.kiosk.reduce(reading, .key(.down), at: 0))
    #expect(scrolled.pictures.first?.rect == picture.rect)
    #expect(row(of: "German emigrants board", in: scrolled) == title - 1)
  }

  @Test func anItemWithoutPhotoAsksForNone() {
    let pictures = MadeAtOnce(MadeAtOnce.art)
    let buffer = Renderer(Self.kiosk, pictures: pictures).render(
      state([.character("3"), .down], size: Size(width: 100, height: 30)))
    #expect(pictures.asked.isEmpty)
    #expect(buffer.pictures.isEmpty)
  }

  @Test func whileThePictureIsMadeNothingStandsInItsPlace() {
    let pictures = MadeAtOnce { _ in .pending }
    let buffer = Renderer(Self.kiosk, pictures: pictures).render(
      state([.character("3")], size: Size(width: 100, height: 30)))
    #expect(pictures.asked.count == 1)
    #expect(buffer.pictures.isEmpty)
    #expect(row(of: "Four colour bars", in: buffer) == nil)
  }

  @Test func withoutPicturesTheAltTextStandsInItsPlaceInEachLanguage() throws {
    for (keys, alt) in [
      ([Key.character("3")], "Photo: Four colour bars"),
      ([.character("3"), .character("L")], "Foto: Vier Farbbalken"),
    ] {
      let buffer = Renderer(Self.kiosk).render(state(keys, size: Size(width: 100, height: 30)))
      let altRow = try #require(row(of: alt, in: buffer), "\(alt)")
      let lastText = try #require(row(of: "germany.iom.int)", in: buffer))
      #expect(altRow > lastText)
    }
  }

  @Test func anOverlayOverThePhotoKeepsItFromBeingDrawn() throws {
    let pictures = MadeAtOnce(MadeAtOnce.art)
    let buffer = Renderer(Self.kiosk, pictures: pictures).render(
      state([.character("3"), .character("?")], size: Size(width: 100, height: 30)))
    // The picture is placed, the help is drawn over it: not whole, not drawn.
    let picture = try #require(buffer.pictures.first)
    #expect(!buffer.isWhole(picture))
  }
}

import HistoryContent
import KioskCore
import TerminalKit
import TextLayout

/// Where the views get photos drawn for this terminal: the event loop's
/// worker makes them; tests give them at once.
public protocol PictureSource: AnyObject {
  /// `photo` drawn as large as fits `area` cells: ready, being made (the
  /// frame shows the text at once, and the picture when it is done), or not
  /// to be had on this terminal.
  func picture(of photo: Photo, fitting area: Size) -> PictureLookup
}

public enum PictureLookup: Equatable {
  case ready(PictureArt)
  case pending
  /// The terminal shows no pictures, or the photo could not be read: its
  /// alt text stands in its place.
  case unavailable
}

/// An item's photo in the room its text leaves.
enum PhotoView {
  /// The smallest room worth a picture.
  static let smallest = Size(width: 12, height: 4)

  /// Draws `photo` at the top left of `area`: the picture where it is made,
  /// nothing while it is being made, else the alt text.
  static func draw(
    _ buffer: inout Buffer, _ view: Renderer, _ photo: Photo, in area: Rect, _ language: Language
  ) {
    guard area.width >= smallest.width, area.height >= smallest.height else { return }
    switch view.pictures?.picture(of: photo, fitting: Size(width: area.width, height: area.height))
      ?? .unavailable
    {
    case .ready(let art):
      buffer.place(art, x: area.x, y: area.y)
    case .pending:
      break
    case .unavailable:
      // A file name is no description: without alt text, nothing.
      guard photo.alt != nil else { return }
      let text = PlainText.photo(photo, language)
      for (row, line) in Wrap.lines(text, width: area.width).prefix(area.height).enumerated() {
        buffer.put(line, x: area.x, y: area.y + row, style: .muted, limit: area.maxX)
      }
    }
  }
}

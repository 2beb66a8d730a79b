import HistoryContent
import PhotoDecoding
import Pictures
import TermUI
import TerminalKit

/// The photos of the content, drawn for the terminal the kiosk runs on: the
/// renderer asks, the loader's worker makes, the loop draws again when it
/// is done.
final class PhotoPictures: PictureSource {
  private let loader: PictureLoader
  /// How this terminal shows pictures; nil where it shows none.
  var form: PictureForm?
  /// Whether the terminal is still being asked what it takes: no picture,
  /// nor alt text in its place, until it has answered.
  var isAsking = true
  /// A cell's size in pixels, for sixel and kitty images.
  var cell = PhotoPictures.usualCell

  /// Where the terminal does not say: xterm's default font's cell.
  static let usualCell = Size(width: 10, height: 20)

  /// Nil where no worker can be started.
  init?() {
    guard let loader = PictureLoader(reader: PhotoFiles()) else { return nil }
    self.loader = loader
  }

  /// Readable when a picture is done.
  var wakeDescriptor: Int32 { loader.wakeDescriptor }
  func takeWake() { loader.takeWake() }

  func picture(of photo: Photo, fitting area: Size) -> PictureLookup {
    if isAsking { return .pending }
    guard let form else { return .unavailable }
    // Symbols are fitted to a cell twice as high as wide, as nearly every
    // terminal font's is; images to the terminal's own cell.
    let cell: Size = if case .graphics = form { self.cell } else { Size(width: 8, height: 16) }
    let request = PictureLoader.Request(path: photo.path, area: area, form: form, cell: cell)
    switch loader.lookup(request) {
    case .ready(let art): return .ready(art)
    case .pending: return .pending
    case .failed: return .unavailable
    }
  }
}

/// PNG and JPEG files read by libpng and libjpeg.
struct PhotoFiles: PhotoReading {
  func size(ofFileAt path: String) throws -> Size {
    let size = try PhotoDecoder.size(ofFileAt: path)
    return Size(width: size.width, height: size.height)
  }

  func pixels(ofFileAt path: String, atLeast: Size) throws -> Pixels {
    try PhotoDecoder.decode(fileAt: path, atLeast: (width: atLeast.width, height: atLeast.height))
  }
}

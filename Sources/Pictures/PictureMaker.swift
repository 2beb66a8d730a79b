import CPictures
import PhotoDecoding
import TerminalKit

/// Draws pixels as a picture for the terminal, with Chafa.
public enum PictureMaker {
  /// `pixels` as a picture of `cells` in `form`; `cell`: a cell's size in
  /// pixels, for sixel and kitty images. Nil when Chafa fails.
  public static func make(
    _ pixels: Pixels, cells: Size, form: PictureForm, cell: Size
  ) -> PictureArt? {
    guard pixels.width > 0, pixels.height > 0,
      pixels.rgba.count >= pixels.width * pixels.height * 4,
      cells.width > 0, cells.height > 0
    else { return nil }
    switch form {
    case .symbols(let colors):
      let count = cells.width * cells.height
      var characters = [UInt32](repeating: 0x20, count: count)
      var foregrounds = [Int16](repeating: -1, count: count)
      var backgrounds = [Int16](repeating: -1, count: count)
      let status = picture_symbols(
        pixels.rgba, Int32(pixels.width), Int32(pixels.height), Int32(cells.width),
        Int32(cells.height),
        colors >= 256 ? Int32(PICTURE_SYMBOLS_256.rawValue) : Int32(PICTURE_SYMBOLS_8.rawValue),
        &characters, &foregrounds, &backgrounds)
      guard status == 0 else { return nil }
      // Anything but a printable character (Chafa gives none) shows as a blank.
      let scalars = characters.map { value in
        Unicode.Scalar(value).flatMap { $0.value >= 0x20 && $0.value != 0x7F ? $0 : nil } ?? " "
      }
      return PictureArt(
        columns: cells.width, rows: cells.height,
        form: .symbols(
          characters: scalars, foregrounds: foregrounds, backgrounds: backgrounds, colors: colors))
    case .graphics(let graphics):
      var length = 0
      let form = graphics == .kitty ? PICTURE_KITTY : PICTURE_SIXEL
      guard
        let bytes = picture_graphics(
          pixels.rgba, Int32(pixels.width), Int32(pixels.height), Int32(cells.width),
          Int32(cells.height), Int32(cell.width), Int32(cell.height), Int32(form.rawValue), &length)
      else { return nil }
      defer { picture_free(bytes) }
      let sequence = bytes.withMemoryRebound(to: UInt8.self, capacity: length) {
        Array(UnsafeBufferPointer(start: $0, count: length))
      }
      return PictureArt(
        columns: cells.width, rows: cells.height,
        form: .graphics(bytes: sequence, protocol: graphics))
    }
  }
}

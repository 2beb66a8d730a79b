import CPhotoTestImages
import Foundation
import PhotoDecoding

/// Images the tests make themselves: a few coloured bars, written as PNG
/// or JPEG in each form the decoder must read.
enum TestImages {
  /// Four vertical bars, left to right: red, green, blue, and a grey of 128
  /// that is half transparent.
  static let bars: [[UInt8]] = [
    [255, 0, 0, 255], [0, 255, 0, 255], [0, 0, 255, 255], [128, 128, 128, 128],
  ]

  /// `width` x `height` RGBA pixels of `bars`, each a quarter of the width.
  static func barPixels(width: Int, height: Int) -> [UInt8] {
    var pixels: [UInt8] = []
    pixels.reserveCapacity(width * height * 4)
    for _ in 0..<height {
      for x in 0..<width { pixels += bars[x * 4 / width] }
    }
    return pixels
  }

  /// The colour at the middle of bar `bar` of `pixels`.
  static func colour(ofBar bar: Int, in rgba: [UInt8], width: Int, height: Int) -> [UInt8] {
    let x = (2 * bar + 1) * width / 8
    let start = ((height / 2) * width + x) * 4
    return Array(rgba[start..<start + 4])
  }

  /// A fresh, empty folder for one test's files.
  static func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("iom-photos-\(UUID())").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  struct WriteFailed: Error {}

  static func png(
    _ path: String, width: Int = 64, height: Int = 48, type: Int32 = Int32(TEST_PNG_RGBA),
    bits: Int32 = 8, interlaced: Bool = false
  ) throws {
    let pixels = barPixels(width: width, height: height)
    guard
      test_png_write(
        path, UInt32(width), UInt32(height), pixels, type, bits, interlaced ? 1 : 0) == 0
    else { throw WriteFailed() }
  }

  static func jpeg(
    _ path: String, width: Int = 64, height: Int = 48, kind: Int32 = Int32(TEST_JPEG_RGB)
  ) throws {
    try jpeg(
      path, pixels: barPixels(width: width, height: height), width: width, height: height,
      kind: kind)
  }

  /// `pixels` (`width` x `height` RGBA) as a JPEG of `kind`, with an EXIF
  /// Orientation unless `orientation` is 0.
  static func jpeg(
    _ path: String, pixels: [UInt8], width: Int, height: Int,
    kind: Int32 = Int32(TEST_JPEG_RGB), orientation: Int32 = 0
  ) throws {
    guard
      test_jpeg_write(path, UInt32(width), UInt32(height), pixels, kind, orientation) == 0
    else { throw WriteFailed() }
  }

  /// The four quarters of a `width` x `height` image, each of one colour:
  /// red at the top left, green at the top right, blue at the bottom left,
  /// white at the bottom right. Turned any way, each is still found.
  static let quarterColours: [[UInt8]] = [
    [255, 0, 0, 255], [0, 255, 0, 255], [0, 0, 255, 255], [255, 255, 255, 255],
  ]

  static func quarterPixels(width: Int, height: Int) -> [UInt8] {
    var pixels: [UInt8] = []
    pixels.reserveCapacity(width * height * 4)
    for y in 0..<height {
      for x in 0..<width { pixels += quarterColours[(y * 2 / height) * 2 + x * 2 / width] }
    }
    return pixels
  }

  /// The colour at the middle of each quarter of `pixels`: top left, top
  /// right, bottom left, bottom right.
  static func quarters(of pixels: Pixels) -> [[UInt8]] {
    [(1, 1), (3, 1), (1, 3), (3, 3)].map { column, row in
      let start = ((row * pixels.height / 4) * pixels.width + column * pixels.width / 4) * 4
      return Array(pixels.rgba[start..<start + 4])
    }
  }

  /// The first `count` bytes of the file at `path`, written back alone.
  static func truncate(_ path: String, to count: Int) throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    try data.prefix(count).write(to: URL(fileURLWithPath: path))
  }
}

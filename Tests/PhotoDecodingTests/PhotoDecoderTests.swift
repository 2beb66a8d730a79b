import CPhotoTestImages
import Foundation
import HistoryContent
import Testing

@testable import PhotoDecoding

/// PNG and JPEG files in every form a curator may bring, decoded to the
/// right colours; and every broken or oversized file refused with words,
/// never a crash.
@Suite struct PhotoDecoderTests {
  /// The bars' colours, each channel within `tolerance` (JPEG is lossy).
  private func expectBars(
    _ pixels: Pixels, alpha: Bool = true, grey: Bool = false, tolerance: Int = 0,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(pixels.rgba.count == pixels.width * pixels.height * 4, sourceLocation: sourceLocation)
    for (bar, written) in TestImages.bars.enumerated() {
      var expected = written
      if grey { expected = [written[0], written[0], written[0], written[3]] }
      if !alpha { expected[3] = 255 }
      let found = TestImages.colour(
        ofBar: bar, in: pixels.rgba, width: pixels.width, height: pixels.height)
      let close = zip(found, expected).allSatisfy { abs(Int($0) - Int($1)) <= tolerance }
      #expect(close, "bar \(bar): \(found), expected \(expected)", sourceLocation: sourceLocation)
    }
  }

  /// What decoding the file at `path` throws; nil when it decodes.
  private func decodingError(_ path: String) -> String? {
    do {
      _ = try PhotoDecoder.decode(fileAt: path)
      return nil
    } catch {
      return error.description
    }
  }

  @Test(arguments: [
    (TEST_PNG_RGBA, 8, false), (TEST_PNG_RGBA, 8, true), (TEST_PNG_RGBA, 16, false),
    (TEST_PNG_RGB, 8, false), (TEST_PNG_RGB, 16, true), (TEST_PNG_PALETTE, 8, false),
    (TEST_PNG_GRAY, 8, false), (TEST_PNG_GRAY, 16, false), (TEST_PNG_GRAY_ALPHA, 8, true),
  ])
  func everyKindOfPNGGivesTheBarsColours(type: Int, bits: Int, interlaced: Bool) throws {
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/bars.png"
    try TestImages.png(path, type: Int32(type), bits: Int32(bits), interlaced: interlaced)
    let pixels = try PhotoDecoder.decode(fileAt: path)
    #expect((pixels.width, pixels.height) == (64, 48))
    let alpha = [TEST_PNG_RGBA, TEST_PNG_PALETTE, TEST_PNG_GRAY_ALPHA].contains(type)
    let grey = type == TEST_PNG_GRAY || type == TEST_PNG_GRAY_ALPHA
    expectBars(pixels, alpha: alpha, grey: grey)
    #expect(try PhotoDecoder.size(ofFileAt: path) == (64, 48))
  }

  @Test(arguments: [TEST_JPEG_RGB, TEST_JPEG_PROGRESSIVE, TEST_JPEG_GRAY, TEST_JPEG_CMYK])
  func everyKindOfJPEGGivesTheBarsColours(kind: Int) throws {
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/bars.jpg"
    try TestImages.jpeg(path, kind: Int32(kind))
    let pixels = try PhotoDecoder.decode(fileAt: path)
    #expect((pixels.width, pixels.height) == (64, 48))
    expectBars(pixels, alpha: false, grey: kind == TEST_JPEG_GRAY, tolerance: 24)
    #expect(try PhotoDecoder.size(ofFileAt: path) == (64, 48))
  }

  /// The file's first bytes decide, not its name.
  @Test func aPNGNamedAsAJPEGIsStillRead() throws {
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try TestImages.png(folder + "/really-a-png.jpg")
    expectBars(try PhotoDecoder.decode(fileAt: folder + "/really-a-png.jpg"))
  }

  @Test(arguments: ["png", "jpg"])
  func scalingGivesAtLeastTheSizeAsked(format: String) throws {
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/large." + format
    if format == "png" {
      try TestImages.png(path, width: 400, height: 300)
    } else {
      try TestImages.jpeg(path, width: 400, height: 300)
    }
    let full = try PhotoDecoder.decode(fileAt: path)
    #expect((full.width, full.height) == (400, 300))
    for target in [(100, 60), (90, 70), (33, 200), (8, 6), (399, 1)] {
      let pixels = try PhotoDecoder.decode(fileAt: path, atLeast: target)
      #expect(pixels.width >= target.0 && pixels.height >= target.1, "\(target)")
      expectBars(pixels, alpha: format == "png", tolerance: format == "png" ? 1 : 24)
    }
    // Both ways of scaling land on a quarter for 100x60: the JPEG at 2/8,
    // the PNG by boxes of 4x4 (300 / 60 would allow 5, 400 / 100 only 4).
    let quarter = try PhotoDecoder.decode(fileAt: path, atLeast: (100, 60))
    #expect((quarter.width, quarter.height) == (100, 75))
    // The smallest: a PNG of two pixels (boxes of 300), a JPEG at 1/8.
    let tiny = try PhotoDecoder.decode(fileAt: path, atLeast: (1, 1))
    #expect(
      format == "png" ? (tiny.width, tiny.height) == (2, 1) : (tiny.width, tiny.height) == (50, 38))
    // Asking for more than the photo has gives the photo as it is.
    let whole = try PhotoDecoder.decode(fileAt: path, atLeast: (800, 600))
    #expect((whole.width, whole.height) == (400, 300))
  }

  /// A camera stores a photo as its sensor saw it and says in EXIF how to
  /// turn it for showing (a phone held upright: 6). Quarters of four
  /// colours, by their index in `quarterColours`, as shown: top left, top
  /// right, bottom left, bottom right. 9 is no orientation: as stored.
  static let orientations: [(Int32, [Int])] = [
    (1, [0, 1, 2, 3]), (2, [1, 0, 3, 2]), (3, [3, 2, 1, 0]), (4, [2, 3, 0, 1]),
    (5, [0, 2, 1, 3]), (6, [2, 0, 3, 1]), (7, [3, 1, 2, 0]), (8, [1, 3, 0, 2]),
    (9, [0, 1, 2, 3]),
  ]

  @Test(arguments: orientations)
  func aJPEGIsShownTurnedAsItsEXIFOrientationSays(orientation: Int32, shown: [Int]) throws {
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/turned.jpg"
    let pixels = TestImages.quarterPixels(width: 64, height: 32)
    try TestImages.jpeg(path, pixels: pixels, width: 64, height: 32, orientation: orientation)
    let turned = (5...8).contains(orientation)
    let size = try PhotoDecoder.size(ofFileAt: path)
    #expect(turned ? (size.width, size.height) == (32, 64) : (size.width, size.height) == (64, 32))
    let decoded = try PhotoDecoder.decode(fileAt: path)
    #expect((decoded.width, decoded.height) == (size.width, size.height))
    for (found, index) in zip(TestImages.quarters(of: decoded), shown) {
      let expected = TestImages.quarterColours[index]
      let close = zip(found, expected).allSatisfy { abs(Int($0) - Int($1)) <= 24 }
      #expect(close, "orientation \(orientation): \(found), expected \(expected)")
    }
  }

  /// A turned JPEG is scaled to the size asked as it is shown: 400x300
  /// stored, 300x400 shown, asked for 75x100, is read at 2/8.
  @Test func aTurnedJPEGIsScaledToTheSizeAskedAsShown() throws {
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/turned.jpg"
    let pixels = TestImages.quarterPixels(width: 400, height: 300)
    try TestImages.jpeg(path, pixels: pixels, width: 400, height: 300, orientation: 6)
    let decoded = try PhotoDecoder.decode(fileAt: path, atLeast: (75, 100))
    #expect((decoded.width, decoded.height) == (75, 100))
    let blueAtTheTopLeft = TestImages.quarters(of: decoded)[0]
    #expect(blueAtTheTopLeft[2] > 200 && blueAtTheTopLeft[0] < 60, "\(blueAtTheTopLeft)")
  }

  @Test func boxesAverageColoursByTheirAlpha() {
    // A red opaque pixel beside a transparent green one: the box is red,
    // half transparent, with no green in it.
    let pixels = Pixels(width: 2, height: 1, rgba: [255, 0, 0, 255, 0, 255, 0, 0])
    #expect(
      PhotoDecoder.reduced(pixels, by: 2) == Pixels(width: 1, height: 1, rgba: [255, 0, 0, 128]))
  }

  @Test(arguments: ["png", "jpg"])
  func aTruncatedFileEndsTooEarly(format: String) throws {
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/cut." + format
    if format == "png" { try TestImages.png(path) } else { try TestImages.jpeg(path) }
    let size = try Data(contentsOf: URL(fileURLWithPath: path)).count
    // Into the image data: the header stays whole.
    try TestImages.truncate(path, to: size - 30)
    let kind = format == "png" ? "PNG" : "JPEG"
    #expect(throws: PhotoError("the \(kind) data ends too early")) {
      try PhotoDecoder.decode(fileAt: path)
    }
    // The header is whole: its size is still read.
    #expect(try PhotoDecoder.size(ofFileAt: path) == (64, 48))
  }

  @Test func damagedJPEGDataIsRefused() throws {
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/damaged.jpg"
    try TestImages.jpeg(path)
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    // A Huffman table (FF C4, length, class and id, then 16 counts) that
    // counts more codes than it can hold.
    let table = try #require(
      bytes.indices.dropLast().first { bytes[$0] == 0xFF && bytes[$0 + 1] == 0xC4 })
    bytes.replaceSubrange(table + 5..<table + 21, with: repeatElement(0xFF, count: 16))
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(decodingError(path)?.hasPrefix("the JPEG data") == true)
  }

  @Test func damagedPNGDataIsRefused() throws {
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/damaged.png"
    try TestImages.png(path)
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    // Past the header, into the compressed data: its checksum fails.
    for index in 45..<60 { bytes[index] ^= 0x5A }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(decodingError(path)?.hasPrefix("the PNG data is damaged") == true)
  }

  @Test func aHugePNGHeaderIsRefusedBeforeAnyPixelIsAllocated() throws {
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/huge.png"
    #expect(test_png_header(path, 100_000, 100_000) == 0)
    let message = PhotoError(
      "the photo is 100000x100000 pixels (10000 megapixels), more than the 20 megapixels a photo may have"
    )
    #expect(throws: message) { try PhotoDecoder.size(ofFileAt: path) }
    #expect(throws: message) { try PhotoDecoder.decode(fileAt: path) }
  }

  @Test func aHugeJPEGHeaderIsRefused() throws {
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/huge.jpg"
    try TestImages.jpeg(path)
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    // The frame header (SOF0): FF C0, length, precision, height, width.
    let frame = try #require(
      bytes.indices.dropLast().first { bytes[$0] == 0xFF && bytes[$0 + 1] == 0xC0 })
    bytes.replaceSubrange(frame + 5..<frame + 9, with: [0xFD, 0xE8, 0xFD, 0xE8])
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(
      throws: PhotoError(
        "the photo is 65000x65000 pixels (4225 megapixels), more than the 20 megapixels a photo may have"
      )
    ) { try PhotoDecoder.decode(fileAt: path) }
  }

  @Test func aHeaderOfNoPixelsIsRefused() throws {
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/empty.png"
    #expect(test_png_header(path, 0, 0) == 0)
    let error = #expect(throws: PhotoError.self) { try PhotoDecoder.size(ofFileAt: path) }
    #expect(
      error?.description.hasPrefix("the PNG data is damaged") == true,
      "\(String(describing: error))")
  }

  @Test func filesThatAreNoPhotosAreNamedSo() throws {
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("GIF89a, or a text".utf8).write(to: URL(fileURLWithPath: folder + "/text.jpg"))
    try Data().write(to: URL(fileURLWithPath: folder + "/empty.jpg"))
    for name in ["text.jpg", "empty.jpg"] {
      #expect(throws: PhotoError("not a PNG or JPEG file")) {
        try PhotoDecoder.decode(fileAt: folder + "/" + name)
      }
    }
    #expect(throws: PhotoError("is a folder, not a photo file")) {
      try PhotoDecoder.size(ofFileAt: folder)
    }
    #expect(throws: PhotoError("the file does not exist")) {
      try PhotoDecoder.decode(fileAt: folder + "/missing.png")
    }
  }

  @Test func aFileOverTenMegabytesIsRefusedUnread() throws {
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/large.png"
    try TestImages.png(path)
    // Sparse: the size is what is checked, before a byte is read.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: UInt64(PhotoDecoder.maxBytes + 1))
    try handle.close()
    #expect(throws: PhotoError("the file is 10.1 MB, more than the 10 MB a photo may have")) {
      try PhotoDecoder.size(ofFileAt: path)
    }
  }

  /// The loader refuses a file over the limit at start, without decoding:
  /// the same limit as here.
  @Test func theLoaderAndTheDecoderAgreeOnTheLimit() {
    #expect(DisplayLimits.maximumPhotoBytes == PhotoDecoder.maxBytes)
  }

  @Test func anUnreadableFileIsNamedSo() throws {
    // Root reads every file: nothing to test there.
    guard getuid() != 0 else { return }
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/secret.png"
    try TestImages.png(path)
    chmod(path, 0)
    let error = #expect(throws: PhotoError.self) { try PhotoDecoder.decode(fileAt: path) }
    #expect(error?.description.hasPrefix("the file cannot be read") == true)
  }

  /// No shared state: many threads decoding at once get what one gets.
  @Test func threadsDecodeAtOnce() throws {
    let folder = try TestImages.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try TestImages.png(folder + "/bars.png")
    try TestImages.jpeg(folder + "/bars.jpg")
    try TestImages.truncate(folder + "/bars.jpg", to: 400)
    let expected = try PhotoDecoder.decode(fileAt: folder + "/bars.png")
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: 16) { index in
      let png = try? PhotoDecoder.decode(fileAt: folder + "/bars.png")
      let jpeg = Result { () throws(PhotoError) in
        try PhotoDecoder.decode(fileAt: folder + "/bars.jpg")
      }
      results.add(png == expected && jpeg == .failure(PhotoError("the JPEG data ends too early")))
    }
    #expect(results.all == Array(repeating: true, count: 16))
  }
}

/// Collects results from many threads.
private final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Bool] = []
  func add(_ value: Bool) { lock.withLock { values.append(value) } }
  var all: [Bool] { lock.withLock { values } }
}

import CPhotoDecode
import Glibc

/// Reads PNG and JPEG files into pixels, with libpng and libjpeg-turbo (the
/// C side is `CPhotoDecode`). The format is told by the file's first bytes,
/// not its name. Every limit is checked before pixels are allocated, from
/// the file's size and its header. No state is shared: any thread may call.
public enum PhotoDecoder {
  /// The largest photo the kiosk takes: 20 megapixels, 10 MB on disk.
  public static let maxPixels = 20_000_000
  public static let maxBytes = 10 * 1024 * 1024

  /// Width and height from the file's header only (cheap), checking format and limits.
  public static func size(ofFileAt path: String) throws(PhotoError) -> (width: Int, height: Int) {
    let decoder = try Decoder(path, atLeast: nil)
    defer { decoder.close() }
    return (decoder.width, decoder.height)
  }

  /// The whole photo, decoded; with `atLeast`, possibly smaller, but never smaller than that
  /// size in either dimension unless the photo itself is (JPEG: libjpeg's DCT scaling,
  /// scale_num/scale_denom, picking the smallest scale that is still at least `atLeast`;
  /// PNG: decode, then reduce by an integer box filter and free the full-size pixels at once).
  public static func decode(fileAt path: String, atLeast: (width: Int, height: Int)? = nil)
    throws(PhotoError) -> Pixels
  {
    let decoder = try Decoder(path, atLeast: atLeast)
    defer { decoder.close() }
    let pixels = try decoder.read()
    // A JPEG arrives scaled already, a PNG whole: reduce it here.
    guard let atLeast, !decoder.isScaled else { return pixels }
    let factor = max(
      1,
      min(pixels.width / max(1, atLeast.width), pixels.height / max(1, atLeast.height)))
    return factor == 1 ? pixels : reduced(pixels, by: factor)
  }

  /// `pixels` made `factor` times smaller (rounded up) by averaging boxes.
  static func reduced(_ pixels: Pixels, by factor: Int) -> Pixels {
    let width = (pixels.width + factor - 1) / factor
    let height = (pixels.height + factor - 1) / factor
    let rgba = [UInt8](unsafeUninitializedCapacity: width * height * 4) { buffer, count in
      pixels.rgba.withUnsafeBufferPointer { source in
        photo_box_reduce(
          source.baseAddress, UInt32(pixels.width), UInt32(pixels.height), UInt32(factor),
          buffer.baseAddress)
      }
      count = width * height * 4
    }
    return Pixels(width: width, height: height, rgba: rgba)
  }
}

/// One file being decoded: opened, checked, its header read.
private struct Decoder {
  let handle: OpaquePointer
  let width: Int
  let height: Int
  /// What `read` delivers: smaller than the photo for a scaled JPEG.
  let outputWidth: Int
  let outputHeight: Int

  init(_ path: String, atLeast: (width: Int, height: Int)?) throws(PhotoError) {
    try Self.checkFile(path)
    var message = Self.messageBuffer()
    var (width, height, outputWidth, outputHeight): (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
    let target = atLeast.map {
      (Int32(clamping: max(1, $0.width)), Int32(clamping: max(1, $0.height)))
    }
    let handle = message.withUnsafeMutableBufferPointer { buffer in
      photo_decode_begin(
        path, target?.0 ?? 0, target?.1 ?? 0, &width, &height, &outputWidth, &outputHeight,
        buffer.baseAddress)
    }
    guard let handle else { throw PhotoError(Self.text(message)) }
    (self.handle, self.width, self.height) = (handle, Int(width), Int(height))
    (self.outputWidth, self.outputHeight) = (Int(outputWidth), Int(outputHeight))
    do throws(PhotoError) {
      try Self.checkSize(self.width, self.height)
    } catch {
      close()
      throw error
    }
  }

  /// The decoded pixels, at the output size.
  func read() throws(PhotoError) -> Pixels {
    var message = Self.messageBuffer()
    var failed = false
    let count = outputWidth * outputHeight * 4
    let rgba = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      let status = message.withUnsafeMutableBufferPointer {
        photo_decode_finish(handle, buffer.baseAddress, $0.baseAddress)
      }
      failed = status != 0
      // On failure the bytes may be partly written: zero them, then drop them.
      if failed { buffer.initialize(repeating: 0) }
      initialized = count
    }
    if failed { throw PhotoError(Self.text(message)) }
    return Pixels(width: outputWidth, height: outputHeight, rgba: rgba)
  }

  /// Whether `read` delivers the photo scaled already (JPEG).
  var isScaled: Bool { photo_decode_is_scaled_by_decoder(handle) != 0 }

  func close() { photo_decode_end(handle) }

  /// The file must be a plain file of at most `maxBytes`.
  private static func checkFile(_ path: String) throws(PhotoError) {
    var info = stat()
    guard stat(path, &info) == 0 else {
      let reason = errno
      if reason == ENOENT || reason == ENOTDIR { throw PhotoError("the file does not exist") }
      if reason == EACCES { throw PhotoError("the file cannot be read — check its permissions") }
      throw PhotoError("the file cannot be read (\(String(cString: strerror(reason))))")
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw PhotoError("is a folder, not a photo file")
    default: throw PhotoError("is not a plain file")
    }
    let size = Int(info.st_size)
    if size > PhotoDecoder.maxBytes {
      let limit = PhotoDecoder.maxBytes / (1024 * 1024)
      let tenths = (size * 10 + 1024 * 1024 - 1) / (1024 * 1024)
      throw PhotoError(
        "the file is \(tenths / 10).\(tenths % 10) MB, more than the \(limit) MB a photo may have")
    }
  }

  /// The header's size must hold pixels, and not too many.
  private static func checkSize(_ width: Int, _ height: Int) throws(PhotoError) {
    if width == 0 || height == 0 {
      throw PhotoError("the photo has no pixels (its header says \(width)x\(height))")
    }
    if width * height > PhotoDecoder.maxPixels {
      let megapixels = (width * height + 999_999) / 1_000_000
      throw PhotoError(
        "the photo is \(width)x\(height) pixels (\(megapixels) megapixels), more than the \(PhotoDecoder.maxPixels / 1_000_000) megapixels a photo may have"
      )
    }
  }

  private static func messageBuffer() -> [CChar] {
    [CChar](repeating: 0, count: Int(PHOTO_MESSAGE_SIZE))
  }

  private static func text(_ message: [CChar]) -> String {
    let text = message.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    return text.isEmpty ? "the photo cannot be decoded" : text
  }
}

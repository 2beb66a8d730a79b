/// Decoded pixels: RGBA, 8 bits a channel, not premultiplied, rows top to bottom,
/// `width * 4` bytes a row.
public struct Pixels: Sendable, Equatable {
  public let width: Int
  public let height: Int
  public let rgba: [UInt8]

  public init(width: Int, height: Int, rgba: [UInt8]) {
    self.width = width
    self.height = height
    self.rgba = rgba
  }
}

/// Why a photo could not be read, in words a curator can act on.
public struct PhotoError: Error, Equatable, Sendable, CustomStringConvertible {
  public let description: String

  public init(_ description: String) { self.description = description }
}

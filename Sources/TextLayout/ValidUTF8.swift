/// Scalars straight from the UTF-8 bytes of a `String`, which are always
/// well formed: no checks, for loops that walk a text's bytes themselves.
public enum ValidUTF8 {
  /// The scalar whose bytes begin at `index`, and how many bytes it takes.
  @inlinable @inline(__always)
  public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> (Unicode.Scalar, Int)
  {
    let lead = UInt32(bytes[index])
    let value: UInt32
    let length: Int
    if lead < 0x80 {
      return (Unicode.Scalar(UInt8(lead)), 1)
    } else if lead < 0xE0 {
      (value, length) = ((lead & 0x1F) << 6 | continuation(bytes, index + 1), 2)
    } else if lead < 0xF0 {
      value =
        (lead & 0x0F) << 12 | continuation(bytes, index + 1) << 6 | continuation(bytes, index + 2)
      length = 3
    } else {
      value =
        (lead & 0x07) << 18 | continuation(bytes, index + 1) << 12
        | continuation(bytes, index + 2) << 6 | continuation(bytes, index + 3)
      length = 4
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  @inlinable @inline(__always)
  static func continuation(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt32 {
    UInt32(bytes[index] & 0x3F)
  }
}

/// Tests on eight bytes of text at a time, for the loops that look at every
/// byte of a content set: nearly all of its bytes are printable ASCII, and
/// one test clears eight of them.
///
/// The tests are the classic word-wise ones: subtracting 0x20 from each
/// byte borrows into its high bit when the byte is below 0x20, and adding
/// 0x01 carries into it when the byte is 0x7F or more. The high bits of
/// the result are not exact byte by byte, but they are all clear exactly
/// when no byte is outside the range.
public enum ByteWords {
  @usableFromInline static var ones: UInt64 { 0x0101_0101_0101_0101 }
  @usableFromInline static var highBits: UInt64 { 0x8080_8080_8080_8080 }

  /// The eight bytes from `offset` (any alignment; the caller makes sure
  /// they exist), the first one lowest.
  @inlinable @inline(__always)
  public static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
    UInt64(
      littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
  }

  /// True when all eight bytes of `word` are printable ASCII, from 0x20
  /// (space) to 0x7E (`~`).
  @inlinable @inline(__always)
  public static func isPrintableASCII(_ word: UInt64) -> Bool {
    let below = (word &- ones &* 0x20) & ~word
    let above = (word &+ ones) | word
    return (below | above) & highBits == 0
  }

  /// How many of the bytes from `start` to `end` begin a Unicode scalar
  /// (are not UTF-8 continuation bytes, 0b10xxxxxx): the number of scalars
  /// between them when both are on scalar boundaries.
  @inlinable
  public static func scalarStarts(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  )
    -> Int
  {
    var continuations = 0
    var index = start
    while index + 8 <= end {
      let word = word(bytes, at: index)
      // High bit set and the bit below it clear; shifting left by one moves
      // each byte's bit 6 to its bit 7 (and bit 7 out into the next byte's
      // bit 0, which the mask drops).
      continuations += (word & ~(word << 1) & highBits).nonzeroBitCount
      index += 8
    }
    while index < end {
      if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
      index += 1
    }
    return end - start - continuations
  }
}

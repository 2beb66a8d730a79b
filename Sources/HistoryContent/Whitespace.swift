/// Trimming whitespace as `Character.isWhitespace` decides it, mostly
/// without looking at a single `Character`.
///
/// Grapheme breaking made the `Character`-by-`Character` version the largest
/// cost of loading. Between two ASCII bytes there is always a `Character`
/// boundary (except inside CR LF, both whitespace), so when an ASCII
/// non-whitespace byte stands at an edge, trimming the ASCII whitespace
/// before it is exactly what the `Character` version does. Only when a byte
/// of a longer UTF-8 sequence stands at an edge (a no-break space, a
/// combining mark on a space, a letter such as "ü") do `Character`s decide.
enum Whitespace {
  /// The whitespace of ASCII: tab, line feed, vertical tab, form feed,
  /// carriage return and space, the ASCII characters `isWhitespace` accepts.
  @inline(__always)
  static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }

  /// An ASCII byte that is not whitespace: a text that starts or ends with
  /// one has nothing to trim at that end.
  @inline(__always)
  static func isSolidASCII(_ byte: UInt8) -> Bool {
    byte < 0x80 && !isASCIIWhitespace(byte)
  }

  /// `bytes` without the ASCII whitespace at both ends, or nil when what is
  /// left starts or ends with a byte that is not ASCII.
  static func trimmedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var start = 0
    var end = bytes.count
    while start < end, isASCIIWhitespace(bytes[start]) { start += 1 }
    while end > start, isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
    if start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 { return nil }
    return start..<end
  }

  /// The `Character` version, for the rare text with a non-ASCII edge.
  static func trimmedByCharacters(_ text: Substring) -> Substring {
    var s = text
    while let c = s.first, c.isWhitespace { s = s.dropFirst() }
    while let c = s.last, c.isWhitespace { s = s.dropLast() }
    return s
  }
}

extension Substring {
  /// The text without leading and trailing whitespace (`isWhitespace`).
  var trimmingWhitespace: Substring {
    let range = utf8.withContiguousStorageIfAvailable {
      Whitespace.trimmedASCII($0)
    }
    guard let range = range ?? nil else { return Whitespace.trimmedByCharacters(self) }
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
    return Substring(utf8[start..<end])
  }
}

extension String {
  /// The text without leading and trailing whitespace (`isWhitespace`).
  var trimmingWhitespace: String {
    // Most values are written without surrounding blanks and start and
    // end in ASCII: for them, two bytes decide, with no copy and no
    // `Substring` (at some 200,000 values in a large content set, the
    // general path below was a tenth of loading it).
    var text = self
    let solidEnds = text.withUTF8 { bytes in
      !bytes.isEmpty && Whitespace.isSolidASCII(bytes[0])
        && Whitespace.isSolidASCII(bytes[bytes.count - 1])
    }
    if solidEnds { return self }
    let trimmed = self[...].trimmingWhitespace
    if trimmed.utf8.count == utf8.count { return self }
    return String(trimmed)
  }
}

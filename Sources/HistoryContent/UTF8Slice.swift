extension String {
  /// The text between two byte offsets, which must lie on scalar boundaries.
  func utf8Slice(_ range: Range<Int>) -> Substring {
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    return Substring(utf8[start..<end])
  }
}

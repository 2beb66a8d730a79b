import Glibc
import TextLayout

/// A fast reader for the plain YAML that content files are written in:
/// block mappings and lists, one-line `{key: value}` mappings, plain and
/// quoted one-line values, and `|` texts.
///
/// libyaml reads about 27 MB/s here, so a content set of 10,000 events took
/// 170 ms to parse before any check ran. This reader does the same work on
/// the bytes in one pass, and declines (returns nil) at the first thing it
/// does not handle exactly as libyaml does: anchors, tags, `>`, multi-line
/// plain or quoted values, tabs, control characters, syntax errors… Then
/// `YAMLComposer` reads the file with libyaml, so the result, and every
/// error message, is libyaml's. Tests compare the two on many files.
struct PlainYAML {
  private let bytes: UnsafeBufferPointer<UInt8>
  /// Start and end (at the newline) of each line.
  private var lines: [(start: Int, end: Int)] = []
  /// The line being read.
  private var row = 0
  /// The fields and the entries of the mappings and lists still open,
  /// innermost last. Each one's are moved out once, into an array of
  /// their number, instead of growing an array of its own (four
  /// allocations for an event's eight fields).
  private var pendingPairs = PendingNodes<YAMLMapping.Pair>()
  private var pendingItems = PendingNodes<YAMLNode>()
  /// Where each pending field's key is in the file, for the check that no
  /// field is written twice: comparing bytes costs less than `String`s.
  private var pendingKeys: [Range<Int>] = []
  /// The last mark worked out: byte, line and column.
  private var lastMark = (position: 0, line: -1, column: 1)
  /// The deepest nesting reached, for a list read on a side thread, which
  /// does not know how deep its list stands (see `SecondHalf`).
  private var deepest = 0
  /// The entries of a long list from the middle of the file on, being
  /// read on a side thread.
  private var secondHalf: SecondHalf?

  /// Declines with nil unless the whole file is read. A file of
  /// `splitAt` bytes or more is read on two threads (see `SecondHalf`).
  static func compose(
    _ bytes: UnsafeBufferPointer<UInt8>, splitAt: Int = ContentLoader.bytesWorthASecondThread
  ) -> YAMLNode? {
    guard allowed(bytes) else { return nil }
    var reader = PlainYAML(bytes: bytes)
    defer {
      // The side thread reads `bytes`: it ends before they may go.
      _ = reader.secondHalf?.work.wait()
      reader.pendingPairs.free()
      reader.pendingItems.free()
    }
    reader.splitLines()
    if bytes.count >= splitAt { reader.startSecondHalf() }
    reader.skipBlankLines()
    guard reader.row < reader.lines.count, reader.indentation(of: reader.row) == 0,
      let root = reader.block(indent: 0, depth: 0)
    else { return nil }
    reader.skipBlankLines()
    return reader.row == reader.lines.count ? root : nil
  }

  private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  // MARK: Bytes

  private static let newline: UInt8 = 0x0A
  private static let space: UInt8 = 0x20
  private static let hash: UInt8 = 0x23
  private static let quote: UInt8 = 0x22
  private static let apostrophe: UInt8 = 0x27
  private static let backslash: UInt8 = 0x5C
  private static let colon: UInt8 = 0x3A
  private static let comma: UInt8 = 0x2C
  private static let dash: UInt8 = 0x2D
  private static let bar: UInt8 = 0x7C
  private static let openBracket: UInt8 = 0x5B
  private static let closeBracket: UInt8 = 0x5D
  private static let openBrace: UInt8 = 0x7B
  private static let closeBrace: UInt8 = 0x7D

  /// Only what libyaml reads without complaint and this reader handles: no
  /// control character but the newline (so no tab, no carriage return), no
  /// C1 control, no byte order mark, no non-character.
  private static func allowed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      // Eight printable ASCII bytes at once; otherwise these eight one by one.
      if index + 8 <= count, ByteWords.isPrintableASCII(ByteWords.word(bytes, at: index)) {
        index += 8
        continue
      }
      let stop = min(index + 8, count)
      while index < stop {
        guard allowed(bytes, at: index) else { return false }
        index += 1
      }
    }
    return true
  }

  /// Whether the byte at `index` is allowed, with those after it that
  /// make up its character.
  @inline(__always)
  private static func allowed(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let count = bytes.count
    let byte = bytes[index]
    if byte &- 0x20 < 0x5F || byte == newline { return true }
    if byte < 0x20 || byte == 0x7F { return false }
    if byte == 0xC2, index + 1 < count, bytes[index + 1] < 0xA0 { return false }
    // U+FEFF and the non-characters U+FFFE and U+FFFF.
    if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBB || bytes[index + 1] == 0xBF,
      bytes[index + 2] >= 0xBE || bytes[index + 1] == 0xBB
    {
      return false
    }
    // U+2028 and U+2029, which libyaml reads as line breaks.
    if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
      bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
    {
      return false
    }
    return true
  }

  /// Where each line starts and ends; `memchr` finds the newlines many
  /// bytes at a time.
  private mutating func splitLines() {
    var start = 0
    while start < bytes.count {
      let end = find(Self.newline, from: start, to: bytes.count)
      lines.append((start, end))
      start = end + 1
    }
  }

  private func indentation(of line: Int) -> Int {
    pastSpaces(from: lines[line].start, to: lines[line].end) - lines[line].start
  }

  /// Empty, spaces only, or a comment.
  private func isBlank(_ line: Int) -> Bool {
    let start = lines[line].start + indentation(of: line)
    return start == lines[line].end || bytes[start] == Self.hash
  }

  private mutating func skipBlankLines() {
    while row < lines.count, isBlank(row) { row += 1 }
  }

  /// Line and column of a byte, the column counted in Unicode scalars.
  /// A line's marks are asked for from left to right, so each is counted
  /// on from the one before rather than from the start of the line again
  /// (five times over a `{en: …, de: …}` line).
  private mutating func mark(_ position: Int, line: Int) -> YAMLMark {
    var (from, column) = (lines[line].start, 1)
    if lastMark.line == line, lastMark.position <= position {
      (from, column) = (lastMark.position, lastMark.column)
    }
    if position - from < 16 {
      // Most marks are a few bytes on from the one before (`id: ` to its value).
      for index in from..<position where bytes[index] & 0xC0 != 0x80 { column += 1 }
    } else {
      column += ByteWords.scalarStarts(in: bytes, from: from, to: position)
    }
    lastMark = (position, line, column)
    return YAMLMark(line: line + 1, column: column)
  }

  private func text(_ start: Int, _ end: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  /// Past spaces from `position`; then at the end of the line, or at a comment?
  private func restIsEmpty(_ position: Int, line: Int) -> Bool {
    let end = lines[line].end
    let hadSpace = position < end && bytes[position] == Self.space
    let position = pastSpaces(from: position, to: end)
    return position == end || (hadSpace && bytes[position] == Self.hash)
  }

  // MARK: Blocks

  /// The list or mapping whose lines start at `indent`, from the current line.
  private mutating func block(indent: Int, depth: Int) -> YAMLNode? {
    guard Self.fits(depth: depth) else { return nil }
    deepest = max(deepest, depth)
    let start = lines[row].start + indent
    if bytes[start] == Self.dash, isEntrySeparator(start + 1, line: row) {
      return list(indent: indent, depth: depth)
    }
    return mapping(indent: indent, keyAt: start, depth: depth)
  }

  /// Whether a block list or mapping `depth` deep is not too deep for
  /// libyaml's composer, which refuses any node `maximumDepth` deep. The
  /// nodes written on its lines stand up to three deeper (a field's
  /// `[{tag: S}]` holds `S` three below the field's mapping); a file that
  /// comes so close to the limit is left to libyaml.
  private static func fits(depth: Int) -> Bool { depth + 3 < YAMLComposer.maximumDepth }

  /// After `-` or `key:`: a space, or the end of the line.
  private func isEntrySeparator(_ position: Int, line: Int) -> Bool {
    position == lines[line].end || bytes[position] == Self.space
  }

  private mutating func list(indent: Int, depth: Int) -> YAMLNode? {
    let listMark = mark(lines[row].start + indent, line: row)
    let first = pendingItems.count
    guard entries(indent: indent, depth: depth) else { return nil }
    return .sequence(YAMLSequence(items: takeItems(from: first), mark: listMark))
  }

  /// The entries of a list at `indent`, from the current line on, added
  /// to the pending ones; false to decline.
  private mutating func entries(indent: Int, depth: Int) -> Bool {
    while row < lines.count {
      if let half = secondHalf, row == half.row, indent == half.indent {
        // Read already, or being read: the rest of this list is the side
        // thread's, as deep here as it was there from its own start.
        secondHalf = nil
        guard let rest = half.work.wait(), Self.fits(depth: depth + rest.deepest) else {
          return false
        }
        for item in rest.items { pendingItems.append(item) }
        row = rest.row
        continue
      }
      let line = row
      let dash = lines[line].start + indent
      guard indentation(of: line) == indent, bytes[dash] == Self.dash,
        isEntrySeparator(dash + 1, line: line)
      else { break }
      var start = dash + 1
      while start < lines[line].end, bytes[start] == Self.space { start += 1 }
      guard start < lines[line].end, bytes[start] != Self.hash else { return false }
      guard let item = inlineNode(at: start, line: line, parentIndent: indent, depth: depth + 1)
      else { return false }
      pendingItems.append(item)
      skipBlankLines()
      if row < lines.count, indentation(of: row) > indent { return false }
    }
    return true
  }

  /// A list entry written on the dash's line: `{…}`, a value, or the first
  /// field of a mapping that goes on below at the same column.
  private mutating func inlineNode(at start: Int, line: Int, parentIndent: Int, depth: Int)
    -> YAMLNode?
  {
    let byte = bytes[start]
    if byte == Self.openBrace || byte == Self.quote || byte == Self.apostrophe
      || keyEnd(from: start, line: line) == nil
    {
      guard let node = value(at: start, line: line, parentIndent: parentIndent) else { return nil }
      return node
    }
    let column = start - lines[line].start
    return mapping(indent: column, keyAt: start, depth: depth)
  }

  /// Where a plain key that starts at `start` ends (at its colon), if the
  /// line holds `key:` followed by a space or nothing.
  private func keyEnd(from start: Int, line: Int) -> Int? {
    var position = start
    let end = lines[line].end
    while position < end, Self.isKeyByte(bytes[position]) { position += 1 }
    guard position > start, position < end, bytes[position] == Self.colon,
      isEntrySeparator(position + 1, line: line)
    else { return nil }
    return position
  }

  /// Letters, digits, `_` and `-` (not first): the names content files use.
  private static func isKeyByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
      || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte == dash
  }

  /// Fields at column `indent`, the first one's key at `keyAt` on the
  /// current line (which may follow a list's dash).
  private mutating func mapping(indent: Int, keyAt first: Int, depth: Int) -> YAMLNode? {
    guard Self.fits(depth: depth) else { return nil }
    deepest = max(deepest, depth)
    let mappingMark = mark(first, line: row)
    let firstPair = pendingPairs.count
    var keyStart = first
    while true {
      let line = row
      guard bytes[keyStart] != Self.dash, let colon = keyEnd(from: keyStart, line: line) else {
        return nil
      }
      let name = text(keyStart, colon)
      let key = YAMLNode.scalar(YAMLScalar(string: name, mark: mark(keyStart, line: line)))
      var start = colon + 1
      while start < lines[line].end, bytes[start] == Self.space { start += 1 }
      let value: YAMLNode?
      if restIsEmpty(colon + 1, line: line) {
        row += 1
        skipBlankLines()
        guard row < lines.count else { return nil }
        let below = indentation(of: row)
        let belowStart = lines[row].start + below
        if below > indent {
          value = block(indent: below, depth: depth + 1)
        } else if below == indent, bytes[belowStart] == Self.dash,
          isEntrySeparator(belowStart + 1, line: row)
        {
          value = list(indent: below, depth: depth + 1)
        } else {
          return nil  // an empty value: libyaml's place for it is its own
        }
      } else {
        value = self.value(at: start, line: line, parentIndent: indent)
      }
      guard let value, !containsPendingKey(keyStart..<colon, from: firstPair) else { return nil }
      pendingPairs.append((name, key, value))
      pendingKeys.append(keyStart..<colon)
      skipBlankLines()
      guard row < lines.count else { break }
      let next = indentation(of: row)
      if next < indent { break }
      guard next == indent else { return nil }
      keyStart = lines[row].start + indent
      if bytes[keyStart] == Self.dash, isEntrySeparator(keyStart + 1, line: row) { break }
    }
    return .mapping(YAMLMapping(named: takePairs(from: firstPair), mark: mappingMark))
  }

  /// A field written twice is libyaml's to report. Keys are plain, so
  /// the same bytes are the same key.
  private func containsPendingKey(_ key: Range<Int>, from first: Int) -> Bool {
    (first..<pendingKeys.count).contains { index in
      let other = pendingKeys[index]
      return other.count == key.count
        && memcmp(
          bytes.baseAddress! + other.lowerBound, bytes.baseAddress! + key.lowerBound, key.count)
          == 0
    }
  }

  /// The pending fields from `first` on, as the open mapping's own.
  private mutating func takePairs(from first: Int) -> [YAMLMapping.Pair] {
    pendingKeys.removeSubrange(first...)
    return pendingPairs.take(from: first)
  }

  /// The pending entries from `first` on, as the open list's own.
  private mutating func takeItems(from first: Int) -> [YAMLNode] {
    pendingItems.take(from: first)
  }

  // MARK: Values

  /// A value that starts on its key's (or dash's) line; the line is then done.
  private mutating func value(at start: Int, line: Int, parentIndent: Int) -> YAMLNode? {
    let node: YAMLNode
    var end: Int
    switch bytes[start] {
    case Self.openBrace:
      guard let (mapping, after) = flowMapping(at: start, line: line) else { return nil }
      (node, end) = (mapping, after)
    case Self.openBracket:
      guard let (list, after) = flowList(at: start, line: line) else { return nil }
      (node, end) = (list, after)
    case Self.quote, Self.apostrophe:
      guard let (string, after) = quoted(at: start, line: line) else { return nil }
      (node, end) = (.scalar(YAMLScalar(string: string, mark: mark(start, line: line))), after)
    case Self.bar:
      guard restIsEmpty(start + 1, line: line) else { return nil }
      row = line + 1
      guard let string = literal(parentIndent: parentIndent) else { return nil }
      return .scalar(YAMLScalar(string: string, mark: mark(start, line: line)))
    default:
      guard let after = plainEnd(from: start, line: line, inFlow: false) else { return nil }
      var trimmed = after
      while trimmed > start, bytes[trimmed - 1] == Self.space { trimmed -= 1 }
      let scalar = YAMLScalar(string: text(start, trimmed), mark: mark(start, line: line))
      (node, end) = (.scalar(scalar), trimmed)
    }
    guard restIsEmpty(end, line: line) else { return nil }
    // A deeper line next (YAML would fold it into a plain value) is
    // declined by the callers, which accept only their own indentation.
    row = line + 1
    return node
  }

  /// Where a plain value ends: at the end of the line or before ` #`; in a
  /// `{…}`, also at `,` or `}`. nil for what YAML would read otherwise.
  private func plainEnd(from start: Int, line: Int, inFlow: Bool) -> Int? {
    // Indicators that start something other than a plain value:
    // - ? : , [ ] { } # & * ! | > ' " % @ `
    switch bytes[start] {
    case 0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27,
      0x22, 0x25, 0x40, 0x60:
      return nil
    default: break
    }
    var position = start
    let end = lines[line].end
    while position < end {
      let byte = bytes[position]
      if byte == Self.colon {
        let next = position + 1
        if next == end || bytes[next] == Self.space { return nil }  // a key here
        if inFlow && (bytes[next] == Self.comma || bytes[next] == Self.closeBrace) { return nil }
      }
      if byte == Self.hash, bytes[position - 1] == Self.space { break }
      if inFlow,
        byte == Self.comma || byte == Self.closeBrace || byte == 0x5B || byte == 0x5D
          || byte == Self.openBrace
      {
        break
      }
      position += 1
    }
    return position
  }

  /// A one-line quoted value: its text and the position after the closing quote.
  private func quoted(at start: Int, line: Int) -> (String, Int)? {
    let delimiter = bytes[start]
    let end = lines[line].end
    // Most values hold no escape: one string straight from the bytes.
    // `memchr` finds the closing quote, and then any backslash before it,
    // many bytes at a time.
    let close = find(delimiter, from: start + 1, to: end)
    if close < end, find(Self.backslash, from: start + 1, to: close) == close,
      delimiter == Self.quote || close + 1 == end || bytes[close + 1] != Self.apostrophe
    {
      return (text(start + 1, close), close + 1)
    }
    var result: [UInt8] = []
    var position = start + 1
    while position < end {
      let byte = bytes[position]
      if byte == delimiter {
        if delimiter == Self.apostrophe, position + 1 < end, bytes[position + 1] == Self.apostrophe
        {
          result.append(Self.apostrophe)
          position += 2
          continue
        }
        return (String(decoding: result, as: UTF8.self), position + 1)
      }
      if delimiter == Self.quote, byte == Self.backslash {
        guard position + 1 < end else { return nil }
        switch bytes[position + 1] {
        case Self.quote: result.append(Self.quote)
        case Self.backslash: result.append(Self.backslash)
        case 0x2F: result.append(0x2F)  // \/
        case 0x6E: result.append(Self.newline)  // \n
        default: return nil  // the other escapes are libyaml's to read
        }
        position += 2
        continue
      }
      result.append(byte)
      position += 1
    }
    return nil  // the value goes on below: libyaml folds it
  }

  /// The position of the first `byte` from `start` on, or `end`.
  private func find(_ byte: UInt8, from start: Int, to end: Int) -> Int {
    guard start < end, let base = bytes.baseAddress,
      let found = memchr(base + start, Int32(byte), end - start)
    else { return end }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// The first position from `position` on that is not a space, or `end`.
  private func pastSpaces(from position: Int, to end: Int) -> Int {
    var position = position
    while position < end, bytes[position] == Self.space { position += 1 }
    return position
  }

  /// A `{key: value, …}` on one line, and the position after its `}`.
  private mutating func flowMapping(at start: Int, line: Int) -> (YAMLNode, Int)? {
    let mappingMark = mark(start, line: line)
    let first = pendingPairs.count
    guard
      let after = flowEntries(
        openingAt: start, line: line, closing: Self.closeBrace,
        entry: { yaml, position in yaml.flowPair(at: position, line: line, first: first) })
    else { return nil }
    return (.mapping(YAMLMapping(named: takePairs(from: first), mark: mappingMark)), after)
  }

  /// One `key: value` of a `{…}`, kept among the pending pairs from
  /// `first` on (nil for a key already there), and the position after it.
  private mutating func flowPair(at start: Int, line: Int, first: Int) -> Int? {
    let end = lines[line].end
    var position = start
    while position < end, Self.isKeyByte(bytes[position]) { position += 1 }
    guard position > start, bytes[start] != Self.dash, position + 1 < end,
      bytes[position] == Self.colon, bytes[position + 1] == Self.space
    else { return nil }
    let keyRange = start..<position
    let name = text(start, position)
    let key = YAMLNode.scalar(YAMLScalar(string: name, mark: mark(start, line: line)))
    position = pastSpaces(from: position + 1, to: end)
    guard position < end, let (value, after) = flowScalar(at: position, line: line),
      !containsPendingKey(keyRange, from: first)
    else { return nil }
    pendingPairs.append((name, key, .scalar(value)))
    pendingKeys.append(keyRange)
    return after
  }

  /// The entries of the `{…}` or `[…]` opening at `start`, each read by
  /// `entry` (nil: not an entry), up to its `closing` bracket: the position
  /// after that, or nil.
  @inline(__always)
  private mutating func flowEntries(
    openingAt start: Int, line: Int, closing: UInt8, entry: (inout Self, Int) -> Int?
  ) -> Int? {
    let end = lines[line].end
    var position = pastSpaces(from: start + 1, to: end)
    if position < end, bytes[position] == closing { return position + 1 }
    while position < end {
      guard let after = entry(&self, position) else { return nil }
      position = after
      guard let closed = nextInFlow(&position, line: line, closing: closing) else { return nil }
      if closed { return position }
    }
    return nil
  }

  /// After an entry of a `{…}` or `[…]`: past the `,` and spaces to the
  /// next entry (false), or past the closing bracket (true); nil for
  /// anything else.
  @inline(__always)
  private func nextInFlow(_ position: inout Int, line: Int, closing: UInt8) -> Bool? {
    let end = lines[line].end
    position = pastSpaces(from: position, to: end)
    guard position < end else { return nil }
    if bytes[position] == closing {
      position += 1
      return true
    }
    guard bytes[position] == Self.comma else { return nil }
    position = pastSpaces(from: position + 1, to: end)
    return false
  }

  /// A quoted or plain value inside `{…}` or `[…]`, and the position after it.
  private mutating func flowScalar(at start: Int, line: Int) -> (YAMLScalar, Int)? {
    let valueMark = mark(start, line: line)
    if bytes[start] == Self.quote || bytes[start] == Self.apostrophe {
      guard let (string, after) = quoted(at: start, line: line) else { return nil }
      return (YAMLScalar(string: string, mark: valueMark), after)
    }
    guard let after = plainEnd(from: start, line: line, inFlow: true), after > start else {
      return nil
    }
    var trimmed = after
    while trimmed > start, bytes[trimmed - 1] == Self.space { trimmed -= 1 }
    return (YAMLScalar(string: text(start, trimmed), mark: valueMark), after)
  }

  /// A `[…]` on one line of `{…}` mappings or values, and the position
  /// after its `]`.
  private mutating func flowList(at start: Int, line: Int) -> (YAMLNode, Int)? {
    let listMark = mark(start, line: line)
    let first = pendingItems.count
    guard
      let after = flowEntries(
        openingAt: start, line: line, closing: Self.closeBracket,
        entry: { yaml, position in yaml.flowItem(at: position, line: line) })
    else { return nil }
    return (.sequence(YAMLSequence(items: takeItems(from: first), mark: listMark)), after)
  }

  /// One `{…}` or value of a `[…]`, kept among the pending items, and the
  /// position after it.
  private mutating func flowItem(at start: Int, line: Int) -> Int? {
    if bytes[start] == Self.openBrace {
      guard let (mapping, after) = flowMapping(at: start, line: line) else { return nil }
      pendingItems.append(mapping)
      return after
    }
    guard let (value, after) = flowScalar(at: start, line: line) else { return nil }
    pendingItems.append(.scalar(value))
    return after
  }

  /// The lines of a `|` text, from the current line, deeper than
  /// `parentIndent`: the common indentation removed, one final newline kept.
  private mutating func literal(parentIndent: Int) -> String? {
    guard row < lines.count, !isSpacesOnly(row) else { return nil }
    let contentIndent = indentation(of: row)
    guard contentIndent > parentIndent else { return nil }
    // First the lines the text takes and its length, then one string of
    // that length: no buffer grown line by line and copied once more.
    let firstRow = row
    var length = 0
    var pendingNewlines = 0
    while row < lines.count {
      let (start, end) = lines[row]
      if isSpacesOnly(row) {
        guard end - start <= contentIndent else { return nil }
        pendingNewlines += 1
        row += 1
        continue
      }
      guard indentation(of: row) >= contentIndent else { break }
      // A text that ends the file without a newline keeps none: libyaml's case.
      guard end < bytes.count else { return nil }
      length += pendingNewlines + (end - start - contentIndent) + 1
      pendingNewlines = 0
      row += 1
    }
    // Trailing empty lines belong to no one: put the reader back on them.
    row -= pendingNewlines
    // Each line, an empty one for a line of spaces, and its newline.
    let bytes = self.bytes
    let lines = self.lines[firstRow..<row]
    return String(unsafeUninitializedCapacity: length) { buffer in
      var written = 0
      for (start, end) in lines {
        if end - start > contentIndent {
          let text = UnsafeBufferPointer(rebasing: bytes[(start + contentIndent)..<end])
          _ = UnsafeMutableBufferPointer(rebasing: buffer[written...]).initialize(from: text)
          written += text.count
        }
        buffer[written] = Self.newline
        written += 1
      }
      return written
    }
  }

  private func isSpacesOnly(_ line: Int) -> Bool {
    lines[line].start + indentation(of: line) == lines[line].end
  }

  // MARK: Two threads

  /// A large file is mostly one long list (the events of a timeline), and
  /// its second half can be read while the first is.
  ///
  /// From the middle of the file, the first line that starts a list entry
  /// (`- ` after its indentation) is read on a side thread as the first
  /// entry of a list at that indentation, up to where such a list ends. An
  /// entry reads the same whichever list it is in, so when this thread's
  /// reading of a list at that indentation comes to that line, it takes
  /// those entries over instead of reading them again. If it never comes
  /// there (the line was inside a `|` text, say), they are dropped and it
  /// reads on by itself: the result is the same either way.
  private struct SecondHalf {
    var row: Int
    var indent: Int
    var work: SideThread.Work<Rest?>

    /// The entries, where the list ended, and the deepest nesting in them
    /// counted from the list: nil to decline.
    struct Rest: Sendable {
      var items: [YAMLNode]
      var row: Int
      var deepest: Int
    }
  }

  /// The file's bytes, for the side thread, which is waited for before
  /// they go (see `compose`).
  private struct SharedBytes: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
  }

  private mutating func startSecondHalf() {
    var start = lines.count / 2
    while start < lines.count, !isEntryStart(start) { start += 1 }
    guard start < lines.count else { return }
    let indent = indentation(of: start)
    let (shared, lines) = (SharedBytes(bytes: bytes), self.lines)
    let work = SideThread.start { () -> SecondHalf.Rest? in
      var reader = PlainYAML(bytes: shared.bytes)
      defer {
        reader.pendingPairs.free()
        reader.pendingItems.free()
      }
      (reader.lines, reader.row) = (lines, start)
      guard reader.entries(indent: indent, depth: 0) else { return nil }
      return SecondHalf.Rest(
        items: reader.takeItems(from: 0), row: reader.row, deepest: reader.deepest)
    }
    secondHalf = SecondHalf(row: start, indent: indent, work: work)
  }

  /// Whether `line` starts a list entry: `-` after its indentation, then a
  /// space or the end of the line.
  private func isEntryStart(_ line: Int) -> Bool {
    let dash = lines[line].start + indentation(of: line)
    return dash < lines[line].end && bytes[dash] == Self.dash
      && isEntrySeparator(dash + 1, line: line)
  }
}

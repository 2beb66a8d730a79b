/// Keys and pointer reports from the bytes a terminal sends, as they arrive:
/// a read may end in the middle of a sequence, and the rest comes with the
/// next. Knows the sequences of xterm, VT terminals and the Linux console,
/// and any others the terminal's terminfo entry names. Anything else in an
/// escape sequence (a terminal's answer, Alt+key, a key the kiosk has no
/// use for) is dropped whole, so no stray part of it acts as a key; a
/// bracketed paste is dropped with everything pasted.
public struct InputDecoder: Sendable {
  /// What a decoded sequence stands for.
  public enum Event: Hashable, Sendable {
    case key(Key)
    case pointer(PointerReport)
    /// The terminal's answer to a question the session asked it.
    case report(TerminalReport)
  }

  /// Bytes read but not yet decoded; `start` is the first one not taken.
  private var pending: [UInt8] = []
  private var start = 0
  /// What is being dropped up to its end, across reads: a bracketed paste,
  /// or a sequence too long to hold (no terminal sends one; a paste into a
  /// terminal without bracketed paste could).
  private var dropping: Dropped?

  private enum Dropped: Sendable {
    case paste, controlSequence, controlString
  }

  /// Longer control sequences and strings are dropped as they arrive
  /// instead of held whole (which would also scan them again on each read).
  private static let longestControlSequence = 64
  private static let longestControlString = 4096
  /// The terminal's own key sequences that the common forms would read
  /// otherwise, longest first, so that a longer sequence wins over its own
  /// beginning. Few or none on most terminals, and looked through at every ESC.
  private let keySequences: [KeySequence]

  private struct KeySequence: Sendable {
    var bytes: [UInt8]
    var key: Key
  }

  /// `keySequences`: what the terminal's terminfo entry says its keys send.
  public init(keySequences: [([UInt8], Key)] = []) {
    let common = InputDecoder(only: [])
    self.keySequences =
      keySequences
      .filter { bytes, key in
        bytes.count > 1 && bytes.first == 0x1B && common.decodedWhole(bytes) != .key(key)
      }
      .map { KeySequence(bytes: $0.0, key: $0.1) }
      .sorted { $0.bytes.count > $1.bytes.count }
  }

  private init(only keySequences: [KeySequence]) { self.keySequences = keySequences }

  /// The one event `bytes` make on their own, if they make exactly one.
  private func decodedWhole(_ bytes: [UInt8]) -> Event? {
    var decoder = self
    decoder.append(bytes)
    guard let event = decoder.next() ?? decoder.finish(), !decoder.isWaiting else { return nil }
    return event
  }

  /// Adds bytes just read.
  public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    if start == pending.count {
      pending.removeAll(keepingCapacity: true)
      start = 0
    }
    pending.append(contentsOf: bytes)
  }

  public mutating func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { append($0) }
  }

  /// Whether bytes are held for a sequence that is not complete yet, or a
  /// paste has not ended: wait a moment for the rest, then call `finish`.
  public var isWaiting: Bool { start < pending.count || dropping != nil }

  /// Whether a bracketed paste has begun and not ended.
  public var isInPaste: Bool { dropping == .paste }

  /// How long (ms) to wait for input, where `timeout` is what the caller
  /// would wait (-1: until something happens). Held bytes that may begin a
  /// sequence get a moment for the rest: a terminal sends a key's sequence
  /// at once, so ESC alone is the Esc key. A paste gets longer, as a
  /// terminal may send a long one in pieces. When the wait ends with no
  /// input, call `finish`.
  public func wait(otherwise timeout: Int32) -> Int32 {
    guard isWaiting else { return timeout }
    return isInPaste ? 200 : 25
  }

  /// How many bytes are held for what has not ended yet.
  var heldByteCount: Int { pending.count - start }

  /// The next event in the bytes so far; nil when there is none yet.
  public mutating func next() -> Event? {
    while start < pending.count {
      if let dropped = dropping {
        guard drop(dropped) else { return nil }
        dropping = nil
        continue
      }
      switch decode(at: start, final: false) {
      case .unfinished:
        return nil
      case .dropsRest(let dropped, let length):
        start += length
        dropping = dropped
      case .taken(let event, let length):
        start += length
        if let event { return event }
      }
    }
    return nil
  }

  /// The end of a bracketed paste, ESC [ 201 ~.
  private static let pasteEnd: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]

  /// Drops bytes up to the end of what is being dropped; false while that
  /// end has not come. The last bytes stay held where they may begin it.
  private mutating func drop(_ dropped: Dropped) -> Bool {
    switch dropped {
    case .paste: return drop(upTo: Self.pasteEnd)
    case .controlString:
      guard let end = stringEnd(from: start) else {
        // Held: an ESC at the end may begin the terminator.
        start = pending.last == 0x1B ? pending.count - 1 : pending.count
        return false
      }
      start = end
      return true
    case .controlSequence:
      while start < pending.count, (0x20...0x3F).contains(pending[start]) { start += 1 }
      guard start < pending.count else { return false }
      if (0x40...0x7E).contains(pending[start]) { start += 1 }  // its final byte
      return true
    }
  }

  private mutating func drop(upTo marker: [UInt8]) -> Bool {
    var index = start
    while index + marker.count <= pending.count {
      if pending[index] == 0x1B, pending[index..<index + marker.count].elementsEqual(marker) {
        start = index + marker.count
        return true
      }
      index += 1
    }
    start = max(start, pending.count - (marker.count - 1))
    return false
  }

  /// No more bytes came: what is held is all there is. A lone ESC is the
  /// Esc key; an unfinished sequence or paste is dropped.
  public mutating func finish() -> Event? {
    defer { start = pending.count }
    guard dropping == nil, start < pending.count else {
      dropping = nil
      return nil
    }
    guard case .taken(let event, _) = decode(at: start, final: true) else { return nil }
    return event
  }

  /// What the bytes from `index` hold.
  private enum Decoded {
    /// An event (nil: bytes that mean nothing here) and how many bytes it took.
    case taken(Event?, Int)
    /// The bytes so far begin a sequence whose end has not arrived.
    case unfinished
    /// This many bytes begin what is dropped up to its end, which may come
    /// with later reads: a paste (ESC [ 200 ~), an overlong sequence.
    case dropsRest(Dropped, Int)
  }

  private func decode(at index: Int, final: Bool) -> Decoded {
    let byte = pending[index]
    switch byte {
    case 0x1B: return escape(at: index, final: final)
    case 0x20..<0x7F: return .taken(.key(.character(Character(Unicode.Scalar(byte)))), 1)
    case 0..<0x20, 0x7F: return .taken(Self.control(byte).map(Event.key), 1)
    default: return character(at: index, final: final)
    }
  }

  /// The keys a control character stands for.
  static func control(_ byte: UInt8) -> Key? {
    switch byte {
    case 0x09: return .tab
    case 0x0A, 0x0D: return .enter
    case 0x08, 0x7F: return .backspace
    case 0x01...0x1A: return .control(Character(Unicode.Scalar(byte + 0x60)))
    default: return nil
    }
  }

  /// A character of several UTF-8 bytes; a malformed byte is dropped alone.
  private func character(at index: Int, final: Bool) -> Decoded {
    let lead = pending[index]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1 else { return .taken(nil, 1) }
    let available = pending.count - index
    guard available >= length else { return final ? .taken(nil, available) : .unfinished }
    let bytes = pending[index..<index + length]
    guard bytes.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }) else { return .taken(nil, 1) }
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
      return .taken(nil, length)
    }
    return .taken(.key(.character(Character(scalar))), length)
  }

  private func escape(at index: Int, final: Bool) -> Decoded {
    let rest = pending[(index + 1)...]
    guard let introducer = rest.first else { return final ? .taken(.key(.escape), 1) : .unfinished }
    if let known = terminalKey(at: index, final: final) { return known }
    switch introducer {
    case UInt8(ascii: "["): return controlSequence(at: index, final: final)
    case UInt8(ascii: "O"):
      guard rest.count >= 2 else { return final ? .taken(nil, 2) : .unfinished }
      return .taken(Self.singleShift(rest[rest.startIndex + 1]).map(Event.key), 3)
    case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"):
      return controlString(at: index, final: final)
    case 0x1B:
      return .taken(.key(.escape), 1)  // Esc pressed twice, or Esc and then a sequence
    default:
      // Alt+key: the kiosk has no Alt bindings. The key is dropped with it.
      guard case .taken(_, let length) = decode(at: index + 1, final: final) else {
        return .unfinished
      }
      return .taken(nil, 1 + length)
    }
  }

  /// One of the sequences the terminal's terminfo entry names.
  private func terminalKey(at index: Int, final: Bool) -> Decoded? {
    let available = pending[index...]
    var isBeginning = false
    for sequence in keySequences {
      let bytes = sequence.bytes
      if available.starts(with: bytes) { return .taken(.key(sequence.key), bytes.count) }
      if !final, bytes.count > available.count, bytes.starts(with: available) { isBeginning = true }
    }
    return isBeginning ? .unfinished : nil
  }

  /// ESC O and one byte: the keypad's application mode.
  static func singleShift(_ final: UInt8) -> Key? {
    final == UInt8(ascii: "M") ? .enter : cursorKey(final)
  }

  /// The letters that end both ESC O and ESC [ sequences: the arrows,
  /// Home, End and F1 to F4.
  private static func cursorKey(_ letter: UInt8) -> Key? {
    switch letter {
    case UInt8(ascii: "A"): return .up
    case UInt8(ascii: "B"): return .down
    case UInt8(ascii: "C"): return .right
    case UInt8(ascii: "D"): return .left
    case UInt8(ascii: "H"): return .home
    case UInt8(ascii: "F"): return .end
    case UInt8(ascii: "P")...UInt8(ascii: "S"): return .function(Int(letter) - 0x4F)
    default: return nil
    }
  }

  /// ESC [, parameters, and a final byte; the mouse's X10 report, which
  /// carries three raw bytes after ESC [ M; the Linux console's F1 to F5,
  /// ESC [ [ and a letter.
  private func controlSequence(at index: Int, final: Bool) -> Decoded {
    var end = index + 2
    while end < pending.count, (0x20...0x3F).contains(pending[end]) { end += 1 }
    if end - index > Self.longestControlSequence {
      return .dropsRest(.controlSequence, end - index)
    }
    guard end < pending.count else { return final ? .taken(nil, end - index) : .unfinished }
    let finalByte = pending[end]
    guard (0x40...0x7E).contains(finalByte) else {
      return .taken(nil, end - index)  // broken off by a control character: drop the start
    }
    let parameters = pending[(index + 2)..<end]
    let length = end + 1 - index
    if parameters.isEmpty, finalByte == UInt8(ascii: "M") {
      guard pending.count - end > 3 else {
        return final ? .taken(nil, pending.count - index) : .unfinished
      }
      let report = PointerReport(
        x10: pending[end + 1], column: pending[end + 2], row: pending[end + 3])
      return .taken(report.map(Event.pointer), length + 3)
    }
    if parameters.isEmpty, finalByte == UInt8(ascii: "[") {
      guard end + 1 < pending.count else { return final ? .taken(nil, length) : .unfinished }
      let letter = pending[end + 1]
      let key: Key? = (0x41...0x45).contains(letter) ? .function(Int(letter) - 0x40) : nil
      return .taken(key.map(Event.key), length + 1)
    }
    if parameters.first == UInt8(ascii: "?"), finalByte == UInt8(ascii: "c") {
      let numbers = parameters.dropFirst().split(separator: UInt8(ascii: ";")).map {
        Int(String(decoding: $0, as: UTF8.self)) ?? -1
      }
      return .taken(.report(.deviceAttributes(numbers)), length)
    }
    if parameters.first == UInt8(ascii: "<") {
      let report = PointerReport(
        sgr: parameters.dropFirst(), released: finalByte == UInt8(ascii: "m"))
      return .taken(report.map(Event.pointer), length)
    }
    let number = Self.number(parameters)
    if finalByte == UInt8(ascii: "~"), number == 200 { return .dropsRest(.paste, length) }
    return .taken(Self.csiKey(finalByte, number).map(Event.key), length)
  }

  /// The first parameter, as in "5" of ESC [ 5 ~ or "1" of ESC [ 1 ; 5 A.
  private static func number(_ parameters: ArraySlice<UInt8>) -> Int? {
    var value: Int?
    for byte in parameters {
      guard (0x30...0x39).contains(byte), (value ?? 0) < 10_000 else { break }
      value = (value ?? 0) * 10 + Int(byte - 0x30)
    }
    return value
  }

  private static func csiKey(_ final: UInt8, _ number: Int?) -> Key? {
    switch final {
    case UInt8(ascii: "Z"): return .backTab
    case UInt8(ascii: "~"):
      switch number {
      case 1, 7: return .home
      case 4, 8: return .end
      case 5: return .pageUp
      case 6: return .pageDown
      // F1 to F12: 11-15, 17-21, 23-24 (the gaps are xterm's).
      case let n? where (11...15).contains(n): return .function(n - 10)
      case let n? where (17...21).contains(n): return .function(n - 11)
      case let n? where (23...24).contains(n): return .function(n - 12)
      default: return nil
      }
    default: return cursorKey(final)
    }
  }

  /// OSC, DCS, APC and PM: a string up to BEL or ESC \ (a terminal's answer).
  private func controlString(at index: Int, final: Bool) -> Decoded {
    if let end = stringEnd(from: index + 2) {
      return .taken(kittyAnswer(pending[index..<end]).map(Event.report), end - index)
    }
    if pending.count - index > Self.longestControlString { return .dropsRest(.controlString, 2) }
    return final ? .taken(nil, pending.count - index) : .unfinished
  }

  /// ESC _ G, the kitty graphics protocol's keys, ";OK", ESC \: the
  /// terminal took the session's query image.
  private func kittyAnswer(_ string: ArraySlice<UInt8>) -> TerminalReport? {
    let text = String(decoding: string, as: UTF8.self)
    guard text.hasPrefix("\u{1B}_G"), text.contains(";OK") else { return nil }
    return .kittyGraphics
  }

  /// Where a control string's terminator (BEL, or ESC \) ends, looking
  /// from `index`; nil while none has arrived.
  private func stringEnd(from index: Int) -> Int? {
    var end = index
    while end < pending.count {
      if pending[end] == 0x07 { return end + 1 }
      if pending[end] == 0x1B, end + 1 < pending.count, pending[end + 1] == UInt8(ascii: "\\") {
        return end + 2
      }
      end += 1
    }
    return nil
  }
}

/// Where a field stands in its file, as a curator reads it:
/// `events[12].label.en`.
///
/// Kept as its parts and written out only when a problem names it. The
/// readers hand a path to every value they read, and nearly every value is
/// fine: writing out some twenty paths per event, most of them too long
/// for a string without an allocation, was a large share of loading
/// 10,000 events.
struct FieldPath: CustomStringConvertible, Sendable {
  /// A field's name (`label`), or an entry's position in a list (`[12]`).
  private enum Part: Sendable {
    case name(String)
    case index(Int)
  }

  /// The parts that did not fit in `parts`, already written out: the
  /// list's name of a source's field (`events`, in
  /// `events[12].sources[0].tag`), and more in `work.yaml`. Four parts
  /// keep a path small enough to store one per text.
  private var written = ""
  private var parts: (Part, Part, Part, Part) = (.index(0), .index(0), .index(0), .index(0))
  private var count = 0

  /// The top of the file: the empty path.
  static let root = FieldPath()

  private init() {}

  /// The field `name` of this one: `events[12]` + `label`.
  func appending(_ name: String) -> FieldPath {
    var path = self
    path.append(.name(name))
    return path
  }

  /// The entry at `index` of this list: `events` + `[12]`.
  func entry(_ index: Int) -> FieldPath {
    var path = self
    path.append(.index(index))
    return path
  }

  private mutating func append(_ part: Part) {
    switch count {
    case 0: parts.0 = part
    case 1: parts.1 = part
    case 2: parts.2 = part
    case 3: parts.3 = part
    default:
      // The oldest part is written out to make room.
      Self.write(parts.0, to: &written)
      parts = (parts.1, parts.2, parts.3, part)
      return
    }
    count += 1
  }

  /// The part at `index`, from 0 to `count`.
  private func part(_ index: Int) -> Part {
    switch index {
    case 0: parts.0
    case 1: parts.1
    case 2: parts.2
    default: parts.3
    }
  }

  /// Written the way the readers always wrote paths: names joined with `.`
  /// (no dot before the first), positions appended as `[12]`.
  private static func write(_ part: Part, to text: inout String) {
    switch part {
    case .name(let name): text = text.isEmpty ? name : text + "." + name
    case .index(let index): text += "[\(index)]"
    }
  }

  /// True when the path writes out as nothing: the top of the file.
  var isEmpty: Bool {
    guard written.isEmpty else { return false }
    for index in 0..<count {
      guard case .name(let name) = part(index), name.isEmpty else { return false }
    }
    return true
  }

  var description: String {
    var text = written
    for index in 0..<count { Self.write(part(index), to: &text) }
    return text
  }

  /// The text before the first `[` `Character`: for an entry's field, the
  /// list the entry is in (`events` for `events[12].id`).
  var listName: String {
    // Nearly always `events[12]…`: the first name, when it needs no
    // writing out (plain ASCII, no `[`). The ids of a large content set
    // asked this tens of thousands of times.
    if written.isEmpty, count >= 2, case .name(let name) = parts.0, case .index = parts.1 {
      var bytes = name
      if bytes.withUTF8({ $0.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "[") } }) { return name }
    }
    var text = written
    for index in 0..<count {
      guard case .name(let name) = part(index) else {
        // `[12]` begins here, unless a `[` came before.
        if written.isEmpty { return text }
        break
      }
      // ASCII with no `[`: the `[` written next starts a `Character`.
      guard name.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "[") }) else { break }
      Self.write(.name(name), to: &text)
    }
    return String(description.prefix { $0 != "[" })
  }
}

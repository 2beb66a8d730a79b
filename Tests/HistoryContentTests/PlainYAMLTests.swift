import BuiltInContent
import Foundation
import Testing

@testable import HistoryContent

/// The fast reader for plain content files either gives exactly libyaml's
/// tree (every value and every place) or declines, so that libyaml reads the
/// file and reports its errors. Compared here on the shipped files, every
/// broken-content case, and thousands of small edits of the shipped files.
@Suite struct PlainYAMLTests {
  /// nil when the fast reader declines.
  func fast(_ text: String) -> YAMLNode? {
    var text = text
    return text.withUTF8 { PlainYAML.compose($0) }
  }

  /// The same, with the second half of the list in the middle of the file
  /// read on a side thread, as for a large file.
  func split(_ text: String) -> YAMLNode? {
    var text = text
    return text.withUTF8 { PlainYAML.compose($0, splitAt: 0) }
  }

  /// Whether the fast reader, when it answers, answers as libyaml does,
  /// and answers the same on two threads as on one.
  func agrees(_ text: String) -> Bool {
    let node = fast(text)
    guard Self.same(node, split(text)) else { return false }
    guard let node else { return true }
    guard let libyaml = try? YAMLComposer.composeWithLibyaml(text) else { return false }
    return Self.same(node, libyaml)
  }

  static func same(_ a: YAMLNode?, _ b: YAMLNode?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case (.scalar(let x)?, .scalar(let y)?): return x.string == y.string && x.mark == y.mark
    case (.sequence(let x)?, .sequence(let y)?):
      return x.mark == y.mark && x.items.count == y.items.count
        && zip(x.items, y.items).allSatisfy { same($0, $1) }
    case (.mapping(let x)?, .mapping(let y)?):
      return x.mark == y.mark && x.pairs.count == y.pairs.count
        && zip(x.pairs, y.pairs).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
    default: return false
    }
  }

  @Test func readsTheShippedFilesAsLibyamlDoes() throws {
    for (name, text) in BuiltInContent.files {
      let node = try #require(fast(text), "the fast reader declined the shipped \(name)")
      #expect(Self.same(node, try YAMLComposer.composeWithLibyaml(text)), "\(name) differs")
    }
  }

  @Test func agreesOnEveryBrokenContentCase() throws {
    let root = ContentCorpusCase.root
    for name in try FileManager.default.contentsOfDirectory(atPath: root) {
      let folder = (root as NSString).appendingPathComponent(name)
      for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      where file.hasSuffix(".yaml") {
        let path = (folder as NSString).appendingPathComponent(file)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
        #expect(agrees(text), "\(name)/\(file)")
      }
    }
  }

  /// Small edits in every place: a YAML indicator, a quote, a space, a tab,
  /// a line break character, a line removed, repeated or moved sideways.
  @Test func agreesAfterThousandsOfSmallEdits() {
    let pieces = [
      ":", ": ", "#", " #", "\"", "'", "{", "}", ",", "[", "]", "[a, {b: c}]", "-", "- ", " ", "  ",
      "|", "|-",
      ">", "&a ", "*a", "!", "?", "%", "@", "`", "\\", "\\t", "\\x41", "\t", "ä", "\u{2028}",
      "\u{85}", "\u{FEFF}", "\r", "---", "...", "''", "a: b", "{}", "\\\"",
    ]
    var random = SplitMix(seed: 1954)
    var declined = 0
    var total = 0
    for (name, text) in BuiltInContent.files.sorted(by: { $0.key < $1.key }) {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      for _ in 0..<1_200 {
        var edited = lines
        let row = Int(random.next() % UInt64(lines.count))
        switch random.next() % 5 {
        case 0: edited.remove(at: row)
        case 1: edited.insert(lines[row], at: row)
        case 2: edited[row] = " " + lines[row]
        case 3: edited[row] = String(lines[row].dropFirst())
        default:
          let line = Array(lines[row])
          let at = line.isEmpty ? 0 : Int(random.next() % UInt64(line.count + 1))
          let piece = pieces[Int(random.next() % UInt64(pieces.count))]
          edited[row] = String(line[..<at]) + piece + String(line[at...])
        }
        let changed = edited.joined(separator: "\n")
        total += 1
        if fast(changed) == nil { declined += 1 }
        #expect(agrees(changed), "\(name), line \(row + 1): \(edited[min(row, edited.count - 1)])")
      }
    }
    // Most edits leave plain YAML: the fast reader must still do the work.
    #expect(declined < total / 2, "declined \(declined) of \(total)")
  }

  /// A large generated file, as the benchmark's scale content.
  @Test func readsALargePlainFile() throws {
    var text = "events:\n"
    for n in 0..<500 {
      text += """
          - id: event-\(n)
            date: "1960-01-\(n % 28 + 1)"
            label: {en: "Event \(n)", de: "Ereignis \(n)"}
            story:
              en: |
                Line one of \(n).

                A second paragraph: "quoted", it's fine.
              de: |
                Zeile eins von \(n) – mit Umlauten: äöü.
            sources:
              - {tag: C, ref: "Source \(n), p. 4"}
            also: [{tag: S, ref: generated}, "two", three]

        """
    }
    let node = try #require(fast(text))
    #expect(Self.same(node, try YAMLComposer.composeWithLibyaml(text)))
    #expect(Self.same(split(text), node))
  }

  /// The line where the second half starts may be no list entry of the
  /// file at all, or one too deep to read: the answer is still the one
  /// thread's.
  @Test func aSecondHalfThatDoesNotFitIsNotUsed() {
    let inText = """
      intro: |
        A text with a list in it:
        - one
        - two
        - three
      events:
        - a
      """
    #expect(agrees(inText))
    #expect(fast(inText) != nil)
    for depth in 58...66 {
      // Fields nested `depth` deep, ending in a list.
      var text = ""
      for level in 0..<depth {
        text += String(repeating: "  ", count: level) + "f\(level):\n"
      }
      let indent = String(repeating: "  ", count: depth)
      for n in 0..<(4 * depth) { text += indent + "- \(n)\n" }
      #expect(agrees(text), "\(depth) deep")
    }
  }
}

/// A small seeded generator, so that a failure is the same on every run.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

import BuiltInContent
import HistoryContent
import Testing

@testable import TextLayout

/// `Wrap.lines` splits by bytes when it can; it must give the very lines
/// that splitting by characters gives.
@Suite struct WrapPathTests {
  static let texts: [String] = {
    let content = BuiltInContent.content
    var texts: [LocalizedText] = content.events.flatMap { [$0.story, $0.title, $0.label] }
    texts += content.areas.flatMap { [$0.text, $0.title] }
    texts += content.captions.flatMap { [$0.caption, $0.title] }
    texts.append(content.exhibition.intro)
    let written = texts.flatMap { text in
      [Language.english, .german].map { text.text($0) }
    }
    let tricky = [
      "", " ", "  two  spaces  ", "\n", "a\n\nb", "trailing \n", "Größe – „Zitat“ → …",
      "Ausländerbeschäftigungsförderungsgesetz ist lang", "日本語 のテキスト", "e\u{301}tude",
      "a\r\nb c", "tab\tinside", "┌──┐ █ ● ◆",
    ]
    return written + written.map(Transliteration.ascii) + tricky
  }()

  @Test func bytesAndCharactersGiveTheSameLines() {
    for text in Self.texts {
      for width in [1, 2, 3, 5, 8, 13, 20, 33, 46, 60, 72] {
        #expect(
          Wrap.lines(text, width: width) == Wrap.linesByCharacters(text, width: width),
          "\(text.prefix(40)) at \(width)")
      }
    }
  }
}

extension WrapPathTests {
  @Test func scalarsAndCharactersCutAtTheSamePlace() {
    for text in Self.texts {
      for width in [0, 1, 2, 5, 12, 30, 70] {
        let fast = Wrap.split(Substring(text), atWidth: width)
        let slow = Wrap.splitByCharacters(Substring(text), atWidth: width)
        #expect(fast.0 == slow.0 && fast.1 == slow.1, "\(text.prefix(40)) at \(width)")
      }
    }
  }
}

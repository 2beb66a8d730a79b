import HistoryContent
import KioskCore
import TermUI
import TerminalKit
import Testing

/// Content that slipped past validation (built in code here, as a broken
/// loader or a future field might let it through) still never sends a
/// control character to the terminal: every screen is rendered and every
/// cell checked.
@Suite struct EscapeInjectionTests {
  static let attacks: [(String, String)] = [
    ("CSI clear screen", "\u{1B}[2J"), ("CSI cursor move", "\u{1B}[10;10H"),
    ("OSC 8 hyperlink", "\u{1B}]8;;https://example.org\u{07}link\u{1B}]8;;\u{07}"),
    ("OSC 52 clipboard", "\u{1B}]52;c;ZWNobyBoaQ==\u{07}"), ("OSC title", "\u{1B}]0;owned\u{1B}\\"),
    ("DCS", "\u{1B}Pq#0;2;0;0;0\u{1B}\\"), ("C1 CSI", "\u{9B}31m"), ("BEL", "\u{07}"),
    ("bidi override", "\u{202E}evil\u{202C}"), ("NUL and DEL", "\u{00}\u{7F}"),
    ("lone ESC", "\u{1B}"),
  ]

  static func poisoned(_ attack: String) -> Content {
    let text = { (words: String) in
      LocalizedText([.english: "\(words) \(attack) end", .german: "\(words) \(attack) Ende"])
    }
    let source = [Source(tag: "C", id: "ref", text: text("Source"))]
    return Content(
      eras: [Era(id: "era", from: 1951, to: nil, name: text("Era"))],
      events: [
        TimelineEvent(
          id: "e", date: HistoricalDate(year: 1951), until: nil, era: "era", label: text("Label"),
          title: text("Title"), story: text("Story"), sources: source)
      ],
      areas: [
        WorkArea(
          id: "a", label: text("Area"), title: text("Title"), text: text("Text"),
          figures: [
            KeyFigure(
              value: 1, qualifier: nil, counts: text("people"), period: text("since"),
              account: text("IOM"),
              tag: "I")
          ], sources: source)
      ],
      exhibition: Exhibition(
        title: text("Show"), place: text("Geneva"), year: 2024, intro: text("Intro"),
        gallery: "https://example.org/\(attack)", sources: source),
      captions: [
        Caption(
          id: "c", label: text("Photo"), title: text("Title"), year: nil, place: text("Place"),
          caption: text("Caption"), credit: "© \(attack)", sources: source)
      ])
  }

  @Test(arguments: attacks)
  func nothingATerminalWouldObeyIsDrawn(name: String, attack: String) {
    let kiosk = Kiosk(content: Self.poisoned(attack))
    let scripts: [[Key]] = [
      [], [.enter], [.character("2")], [.character("2"), .enter], [.character("3")],
      [.character("3"), .enter],
      [.character("L")], [.character("3"), .character("L"), .enter],
    ]
    for keys in scripts {
      let state = keys.reduce(kiosk.initialState(size: Size(width: 100, height: 30))) {
        kiosk.reduce($0, .key($1), at: 0)
      }
      let buffer = Renderer(kiosk).render(state)
      for line in buffer.lines {
        let bad = line.unicodeScalars.first { scalar in
          scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value)
        }
        #expect(bad == nil, "\(name) after \(keys): \(line)")
      }
    }
    // The plain mode's lines too.
    let lines = Announcer.lines(
      kiosk, from: nil, to: kiosk.initialState(size: Size(width: 100, height: 30)))
    for line in lines {
      #expect(
        !line.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(name): \(line)")
    }
  }
}

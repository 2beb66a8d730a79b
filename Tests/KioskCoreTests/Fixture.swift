import HistoryContent
import KioskCore
import TerminalKit

/// A small, fixed content set: reducer tests must not change when curators
/// edit the real texts.
enum Fixture {
  static func text(_ english: String) -> LocalizedText {
    LocalizedText([.english: english, .german: "DE " + english])
  }

  static func event(_ id: String, _ year: Int, story: String = "A short story.") -> TimelineEvent {
    TimelineEvent(
      id: id, date: HistoricalDate(year: year), until: nil, era: "era", label: text(id),
      title: text(id),
      story: text(story), sources: [Source(tag: "C", id: "ref", text: text("ref"))])
  }

  /// Five events, the last with a story long enough to scroll at 80x24.
  static let content = Content(
    eras: [Era(id: "era", from: 1951, to: nil, name: text("Era"))],
    events: [
      event("a", 1951), event("b", 1952), event("c", 1954), event("d", 1980),
      event(
        "long", 1989,
        story: Array(repeating: "A sentence that goes on for a while.", count: 80).joined(
          separator: " ")),
    ],
    areas: (1...3).map { number in
      WorkArea(
        id: "area-\(number)", label: text("Area \(number)"), title: text("Area \(number)"),
        text: text("Text."),
        figures: [], sources: [Source(tag: "S", id: "seed", text: text("seed"))])
    },
    exhibition: Exhibition(
      title: text("Show"), place: text("Geneva"), year: 2024, intro: text("Intro."),
      gallery: "https://example.org/gallery",
      sources: [Source(tag: "I", id: "ref", text: text("ref"))]),
    captions: (1...2).map { number in
      Caption(
        id: "photo-\(number)", label: text("Photo \(number)"), title: text("Photo \(number)"),
        year: nil,
        place: nil, caption: text("Caption."), credit: "© IOM",
        sources: [Source(tag: "I", id: "ref", text: text("ref"))])
    })

  static let kiosk = Kiosk(content: content)
  static let screen = Size(width: 80, height: 24)
}

/// Where the standard sections stand in the kiosk's list, so that tests can
/// say `.timeline` for the section index 0.
extension Int {
  static let timeline = 0
  static let work = 1
  static let exhibition = 2
}

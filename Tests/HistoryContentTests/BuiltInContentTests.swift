import BuiltInContent
import HistoryContent
import Testing

/// The shipped content: complete, consistent, and true to the milestones.
@Suite struct BuiltInContentTests {
  let content: Content

  init() { content = BuiltInContent.content }

  /// The values compiled in at build time are exactly what the loader makes
  /// of the YAML files, both the copies in the binary and those in Resources/.
  @Test func theCompiledContentIsTheLoadedContent() throws {
    #expect(try ContentLoader.load(files: BuiltInContent.files) == content)
    #expect(try ContentLoader.load(directory: ContentFixtures.resourcesDirectory) == content)
  }

  @Test func everyPaneHasItems() {
    #expect(content.eras.count >= 3)
    #expect(content.events.count >= 12)
    #expect(content.areas.count >= 7)
    #expect(content.captions.count >= 4)
  }

  @Test func idsAreUniqueWithinEachList() {
    for ids in [
      content.eras.map(\.id), content.events.map(\.id), content.areas.map(\.id),
      content.captions.map(\.id),
    ] {
      #expect(Set(ids).count == ids.count, "duplicate ids in \(ids)")
    }
  }

  @Test func everyItemHasASource() {
    for event in content.events { #expect(!event.sources.isEmpty, "\(event.id)") }
    for area in content.areas { #expect(!area.sources.isEmpty, "\(area.id)") }
    for caption in content.captions { #expect(!caption.sources.isEmpty, "\(caption.id)") }
    #expect(!content.exhibition.sources.isEmpty)
  }

  /// The milestones the kiosk must tell, with the dates FACTS.md confirms.
  @Test(arguments: [
    ("picmme-founded", "1951-12-05"), ("icem-name", "1952-10"),
    ("constitution-adopted", "1953-10-19"),
    ("constitution-in-force", "1954-11-30"), ("office-germany", "1954"), ("icm", "1980"),
    ("iom", "1989-11-14"), ("gmdac", "2015-09"), ("fap", "2016"),
    ("un-related-organization", "2016-09-19"),
    ("virtual-counselling", "2019"), ("gdi", "2022"), ("seventy-years", "2024"),
  ])
  func milestoneIsPresent(id: String, date: String) throws {
    let event = try #require(content.events.first { $0.id == id }, "no event \(id)")
    #expect(event.date.description == date)
  }

  @Test func theStoryStartsInBrussels() throws {
    let first = try #require(content.events.first)
    #expect(first.date.year == 1951)
    #expect(first.story.text(.english).contains("Brussels"))
    let founding = try #require(content.events.first { $0.id == "picmme-founded" })
    #expect(founding.story.text(.english).contains("Germany"))
  }

  @Test func eventsAreInOrderAndBelongToAnEra() {
    for (earlier, later) in zip(content.events, content.events.dropFirst()) {
      #expect(!(later.date < earlier.date), "\(later.id) before \(earlier.id)")
    }
    for event in content.events { #expect(content.era(of: event) != nil, "\(event.id)") }
  }

  @Test func everyTextIsInEnglishAndGerman() {
    var texts: [LocalizedText] = content.eras.map(\.name)
    texts += content.events.flatMap { [$0.label, $0.title, $0.story] }
    texts += content.areas.flatMap {
      [$0.label, $0.title, $0.text] + $0.figures.flatMap { [$0.counts, $0.period, $0.account] }
    }
    texts += content.captions.flatMap { [$0.label, $0.title, $0.caption] }
    for text in texts {
      #expect(Set(text.translations.keys) == [.english, .german], "\(text)")
    }
  }

  /// Figures as FACTS.md states them, never rounded or mixed up.
  @Test func keyFiguresAreTheSourceFigures() {
    let values = Set(content.areas.flatMap(\.figures).map(\.value))
    #expect(values.isSuperset(of: [6411, 8614, 683_950, 175]))
    #expect(!values.contains(196))
  }

  @Test func captionCreditsAreExact() {
    let credits = content.captions.compactMap(\.credit)
    #expect(credits.contains("© IOM"))
    #expect(credits.contains("© IOM / Amanda Nero"))
    #expect(credits.contains("© IOM / Mohammad Osman Azizi"))
    // The resettlement photo's credit was not recovered: it must not be guessed.
    #expect(content.captions.first { $0.id == "resettlement" }?.credit == nil)
    #expect(
      content.exhibition.gallery
        == "https://germany.iom.int/70-years-partnership-between-iom-and-germany-photo-gallery")
  }
}

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
    #expect(content.overview?.sources.isEmpty == false)
    #expect(!content.exhibition.sources.isEmpty)
  }

  /// The milestones the kiosk must tell, with the dates the source record
  /// confirms.
  @Test(arguments: [
    ("brussels-conference", "1951-11-26"), ("picmme-founded", "1951-12-05"),
    ("bonn-agreement", "1952-07-12"), ("icem-name", "1952-10"),
    ("constitution-adopted", "1953-10-19"),
    ("constitution-in-force", "1954-11-30"), ("office-germany", "1954"),
    ("avr-cooperation", "1979"), ("icm", "1980"), ("constitution-amended", "1987-05-20"),
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

  /// Each of the organization's four names has its own era, and no event
  /// stands outside its era's years: PICMME is never put beside 1979, nor
  /// ICEM beside 1951.
  @Test func theErasAreTheFourNames() {
    let eras = content.eras.map {
      "\($0.name.text(.english)) \($0.from)–\($0.to.map(String.init) ?? "")"
    }
    #expect(eras == ["PICMME 1951–1952", "ICEM 1952–1980", "ICM 1980–1989", "IOM 1989–"])
    for event in content.events {
      guard let era = content.era(of: event) else { continue }
      #expect(event.date.year >= era.from && event.date.year <= era.to ?? 9999, "\(event.id)")
    }
  }

  /// 1979 was REAG; GARP came in 1989 and the joint programme in 2000.
  @Test func voluntaryReturnNamesItsProgrammesInOrder() throws {
    let event = try #require(content.events.first { $0.id == "avr-cooperation" })
    for language in [Language.english, .german] {
      let story = event.story.text(language)
      #expect(story.contains("REAG"), "\(language)")
      #expect(story.contains("GARP") && story.contains("1989") && story.contains("2000"))
    }
  }

  /// The overview tells the whole arc, in both languages, with its sources.
  @Test func theOverviewTellsTheWholeArc() throws {
    let overview = try #require(content.overview)
    for language in [Language.english, .german] {
      let text = overview.text.text(language)
      for mark in ["1951", "Brussels", "PICMME", "1952", "ICEM", "1954", "1980", "ICM", "1989"]
        + ["2016", "2024"]
      {
        let mark = language == .german && mark == "Brussels" ? "Brüssel" : mark
        #expect(text.contains(mark), "\(language): \(mark)")
      }
      #expect(text.hasPrefix(language == .german ? "Deutschland" : "Germany"))
    }
    #expect(!overview.sources.isEmpty)
  }

  /// Visitors read sources in their language, with no curator's shorthand.
  @Test func sourcesAreWrittenForVisitors() {
    var sources = content.events.flatMap(\.sources) + content.areas.flatMap(\.sources)
    sources += content.captions.flatMap(\.sources) + content.exhibition.sources
    sources += content.overview?.sources ?? []
    for source in sources {
      #expect(Set(source.text.translations.keys) == [.english, .german], "\(source.id)")
      for language in [Language.english, .german] {
        let text = source.text.text(language)
        for shorthand in ["seed", "FRUS", "FACTS", "shared/", " doc ", "correct for"] {
          #expect(!text.contains(shorthand), "\(source.id): \(text)")
        }
      }
    }
  }

  /// Every label fits the narrowest list it appears in at 80x24.
  @Test func everyLabelFitsItsList() {
    let dated = content.events.map(\.label) + content.captions.map(\.label)
    for (labels, columns) in [
      (dated, DisplayLimits.datedListLabelColumns),
      (content.areas.map(\.label), DisplayLimits.listLabelColumns),
    ] {
      for label in labels {
        for language in [Language.english, .german] {
          #expect(label.text(language).count <= columns, "\(label.text(language))")
        }
      }
    }
  }

  @Test func everyTextIsInEnglishAndGerman() {
    var texts: [LocalizedText] = content.eras.map(\.name)
    texts += content.events.flatMap { [$0.label, $0.title, $0.story] }
    texts += content.areas.flatMap {
      [$0.label, $0.title, $0.text] + $0.figures.flatMap { [$0.counts, $0.period, $0.account] }
    }
    texts += content.captions.flatMap { [$0.label, $0.title, $0.caption] }
    if let overview = content.overview { texts += [overview.label, overview.title, overview.text] }
    for text in texts {
      #expect(Set(text.translations.keys) == [.english, .german], "\(text)")
    }
  }

  /// Figures as the source record states them, never rounded or mixed up.
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

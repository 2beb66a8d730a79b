import TextLayout

/// The content the kiosk tells: value types only, no terminal in sight.

/// A language the content is written in.
public struct Language: Hashable, Sendable, Comparable, CustomStringConvertible {
  public let code: String
  /// Texts in this language are shown in ASCII: the terminal can show
  /// nothing else. Two languages are equal when they show the same text,
  /// so this is part of equality; compare `code` to ask which language.
  public let asciiOnly: Bool

  public init(_ code: String, asciiOnly: Bool = false) {
    self.code = code
    self.asciiOnly = asciiOnly
  }

  public static let english = Language("en")
  public static let german = Language("de")
  public var description: String { code }
  public static func < (a: Language, b: Language) -> Bool { a.code < b.code }

  /// `text` as this language's readers will see it: in ASCII if need be.
  public func shown(_ text: String) -> String {
    asciiOnly ? Transliteration.ascii(text) : text
  }
}

/// One text in every language it is written in.
public struct LocalizedText: Hashable, Sendable {
  /// A text and its language.
  struct Translation: Hashable, Sendable {
    var language: Language
    var text: String
  }

  /// In the order of their language codes, each language once. A text has
  /// two or three: a list looks them up faster than a hash table, and
  /// building a hash table for each of the 36,000 texts of a large content
  /// set took a tenth of reading it.
  private(set) var entries: [Translation]

  public init(_ translations: [Language: String]) {
    self.init(distinct: translations.map { Translation(language: $0.key, text: $0.value) })
  }

  /// From texts and their languages, each language once: what the
  /// built-in content is compiled to, with no hash table to build.
  public init(_ translations: [(Language, String)]) {
    self.init(distinct: translations.map { Translation(language: $0.0, text: $0.1) })
  }

  /// From translations in any order, each language once.
  init(distinct entries: [Translation]) {
    // Sorted in place, by insertion: there are two or three.
    var entries = entries
    for index in entries.indices.dropFirst() {
      var place = index
      while place > 0, entries[place].language < entries[place - 1].language {
        entries.swapAt(place, place - 1)
        place -= 1
      }
    }
    self.entries = entries
  }

  /// The languages the text is written in, in code order.
  public var languages: [Language] { entries.map(\.language) }

  /// Every translation, by language.
  public var translations: [Language: String] {
    Dictionary(uniqueKeysWithValues: entries.map { ($0.language, $0.text) })
  }

  /// The text in `language`, if it is written in it.
  public subscript(language: Language) -> String? {
    entries.first { $0.language.code == language.code }?.text
  }

  /// The text in `language`, falling back to English, then to any language.
  public func text(_ language: Language) -> String {
    language.shown(self[language] ?? self[.english] ?? entries.map(\.text).sorted().first ?? "")
  }
}

/// Where a fact is stated. `tag` is the confidence: C confirmed outside
/// IOM, I stated by IOM's own pages, S stated only on IOM Germany's page
/// "Who we are". `id` names the entry in the curator's source record
/// (SOURCES.md) that holds the exact references; `text` is what a visitor
/// reads: publisher, title, year and a short web address.
public struct Source: Hashable, Sendable {
  public var tag: String
  public var id: String
  public var text: LocalizedText
  public init(tag: String, id: String, text: LocalizedText) {
    self.tag = tag
    self.id = id
    self.text = text
  }
}

/// A date as precise as the sources allow: a year, a month or a day.
public struct HistoricalDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int?
  public var day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses "1951", "1951-12" or "1951-12-05"; nil for anything else.
  public init?(parsing text: String) {
    guard let (year, month, day) = Self.numbers(text) else { return nil }
    if let month, !(1...12).contains(month) { return nil }
    if let month, let day {
      let daysInMonth = [
        31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
      ][month - 1]
      guard (1...daysInMonth).contains(day) else { return nil }
    }
    self.init(year: year, month: month, day: day)
  }

  /// Year, month and day of "dddd", "dddd-dd" or "dddd-dd-dd", whether
  /// they make a day of the calendar or not; nil for any other form.
  private static func numbers(_ text: String) -> (Int, Int?, Int?)? {
    // Nearly every date is ASCII, where a byte is a `Character` (CR LF,
    // the one exception, is neither a digit nor a dash): read the bytes.
    // Splitting into `Character`s was most of the time spent on dates.
    var text = text
    if text.withUTF8({ $0.allSatisfy { $0 < 0x80 } }) { return text.withUTF8(asciiNumbers) }
    guard hasDigitsInPlace(text) else { return nil }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard let year = Int(parts[0]) else { return nil }
    let numbers = parts.dropFirst().map { Int($0) }
    if numbers.contains(where: { $0 == nil }) { return nil }
    return (year, numbers.first ?? nil, numbers.count > 1 ? numbers[1] : nil)
  }

  /// `numbers` for ASCII text.
  private static func asciiNumbers(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int?, Int?)? {
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = bytes[index] &- 0x30
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
      }
      return value
    }
    let dash = UInt8(ascii: "-")
    guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10,
      bytes.count < 7 || bytes[4] == dash, bytes.count < 10 || bytes[7] == dash,
      let year = number(0..<4)
    else { return nil }
    let month = bytes.count >= 7 ? number(5..<7) : nil
    let day = bytes.count == 10 ? number(8..<10) : nil
    guard bytes.count < 7 || month != nil, bytes.count < 10 || day != nil else { return nil }
    return (year, month, day)
  }

  /// True for "dddd", "dddd-dd" and "dddd-dd-dd", real dates or not: tells
  /// a slip of the calendar ("1954-02-30") from a date in the wrong form.
  static func hasDigitsInPlace(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    return (1...3).contains(parts.count) && parts[0].count == 4
      && parts.dropFirst().allSatisfy { $0.count == 2 }
      && parts.allSatisfy { $0.allSatisfy { ("0"..."9").contains($0) } }
  }

  public var description: String {
    var text = String(year)
    if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
    if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
    return text
  }

  /// Orders by the earliest day each date could mean.
  public static func < (a: HistoricalDate, b: HistoricalDate) -> Bool {
    (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
  }
}

/// A stretch of the organization's history under one name.
public struct Era: Hashable, Sendable, Identifiable {
  public var id: String
  public var from: Int
  public var to: Int?
  public var name: LocalizedText

  public init(id: String, from: Int, to: Int? = nil, name: LocalizedText) {
    self.id = id
    self.from = from
    self.to = to
    self.name = name
  }
}

/// A milestone on the timeline.
public struct TimelineEvent: Hashable, Sendable, Identifiable {
  public var id: String
  public var date: HistoricalDate
  public var until: HistoricalDate?
  public var era: String
  public var label: LocalizedText
  public var title: LocalizedText
  public var story: LocalizedText
  public var sources: [Source]
  public var photo: Photo?

  public init(
    id: String, date: HistoricalDate, until: HistoricalDate? = nil, era: String,
    label: LocalizedText, title: LocalizedText, story: LocalizedText, sources: [Source],
    photo: Photo? = nil
  ) {
    self.id = id
    self.date = date
    self.until = until
    self.era = era
    self.label = label
    self.title = title
    self.story = story
    self.sources = sources
    self.photo = photo
  }
}

/// A key figure, always with what it counts, since when, and by whose account.
public struct KeyFigure: Hashable, Sendable {
  public enum Qualifier: String, Sendable, CaseIterable {
    case moreThan = "more-than"
    case over
  }
  public var value: Int
  public var qualifier: Qualifier?
  public var counts: LocalizedText
  public var period: LocalizedText
  public var account: LocalizedText
  public var tag: String

  public init(
    value: Int, qualifier: Qualifier? = nil, counts: LocalizedText, period: LocalizedText,
    account: LocalizedText, tag: String
  ) {
    self.value = value
    self.qualifier = qualifier
    self.counts = counts
    self.period = period
    self.account = account
    self.tag = tag
  }
}

/// One area of IOM's work in and with Germany.
public struct WorkArea: Hashable, Sendable, Identifiable {
  public var id: String
  public var label: LocalizedText
  public var title: LocalizedText
  public var text: LocalizedText
  public var figures: [KeyFigure]
  public var sources: [Source]

  public init(
    id: String, label: LocalizedText, title: LocalizedText, text: LocalizedText,
    figures: [KeyFigure], sources: [Source]
  ) {
    self.id = id
    self.label = label
    self.title = title
    self.text = text
    self.figures = figures
    self.sources = sources
  }
}

/// The photo exhibition as a whole.
public struct Exhibition: Hashable, Sendable {
  public var title: LocalizedText
  public var place: LocalizedText
  public var year: Int
  public var intro: LocalizedText
  public var gallery: String
  public var sources: [Source]

  public init(
    title: LocalizedText, place: LocalizedText, year: Int, intro: LocalizedText, gallery: String,
    sources: [Source]
  ) {
    self.title = title
    self.place = place
    self.year = year
    self.intro = intro
    self.gallery = gallery
    self.sources = sources
  }
}

/// A photo a curator added to an event or a caption: the kiosk shows it
/// where the terminal can, and its `alt` text where it cannot.
public struct Photo: Hashable, Sendable {
  /// The file as the content names it, relative to the content folder.
  public var file: String
  /// Where to read it: the content folder joined with `file`.
  public var path: String
  /// What the photo shows, for whoever cannot see it; nil when not given.
  public var alt: LocalizedText?

  public init(file: String, path: String, alt: LocalizedText?) {
    self.file = file
    self.path = path
    self.alt = alt
  }
}

/// One photo of the exhibition: its caption and credit, and the photo
/// itself where a curator added the file.
public struct Caption: Hashable, Sendable, Identifiable {
  public var id: String
  public var label: LocalizedText
  public var title: LocalizedText
  public var year: Int?
  public var place: LocalizedText?
  public var caption: LocalizedText
  /// The exact credit line; nil when it is not known (never guessed).
  public var credit: String?
  public var sources: [Source]
  public var photo: Photo?

  public init(
    id: String, label: LocalizedText, title: LocalizedText, year: Int? = nil,
    place: LocalizedText? = nil, caption: LocalizedText, credit: String? = nil, sources: [Source],
    photo: Photo? = nil
  ) {
    self.id = id
    self.label = label
    self.title = title
    self.year = year
    self.place = place
    self.caption = caption
    self.credit = credit
    self.sources = sources
    self.photo = photo
  }
}

/// The whole story on one screen, before the first event: what a visitor
/// who stays a minute should take away.
public struct Overview: Hashable, Sendable {
  /// Its entry in a list.
  public var label: LocalizedText
  public var title: LocalizedText
  public var text: LocalizedText
  public var sources: [Source]

  public init(label: LocalizedText, title: LocalizedText, text: LocalizedText, sources: [Source]) {
    self.label = label
    self.title = title
    self.text = text
    self.sources = sources
  }
}

/// Everything the kiosk shows.
public struct Content: Hashable, Sendable {
  public var eras: [Era]
  public var events: [TimelineEvent]
  public var areas: [WorkArea]
  public var exhibition: Exhibition
  public var captions: [Caption]
  /// The opening overview; nil when timeline.yaml has none.
  public var overview: Overview?

  /// The languages the content is written in, in code order. Validation
  /// sees that every text has all of them, so the exhibition's title tells.
  public var languages: [Language] { exhibition.title.languages }

  public init(
    eras: [Era], events: [TimelineEvent], areas: [WorkArea], exhibition: Exhibition,
    captions: [Caption], overview: Overview? = nil
  ) {
    self.eras = eras
    self.events = events
    self.areas = areas
    self.exhibition = exhibition
    self.captions = captions
    self.overview = overview
  }

  /// The era an event belongs to.
  public func era(of event: TimelineEvent) -> Era? {
    eras.first { $0.id == event.era }
  }
}

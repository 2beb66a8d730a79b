import HistoryContent

/// Content as Swift source: each value written as the initialiser call that
/// makes it again. Every field is written out, so that a field added to the
/// model and not here fails to compile rather than going missing.
enum SwiftSource {
  static func files(_ files: [String: String]) -> String {
    guard !files.isEmpty else { return "[:]" }
    let entries = files.keys.sorted().map { name in
      "    \(string(name)): \(rawString(files[name] ?? "")),"
    }
    return "[\n" + entries.joined(separator: "\n") + "\n  ]"
  }

  static func content(_ content: Content) -> String {
    """
    Content(
        eras: \(list(content.eras, era)),
        events: \(list(content.events, event)),
        areas: \(list(content.areas, area)),
        exhibition: \(exhibition(content.exhibition)),
        captions: \(list(content.captions, caption)),
        overview: \(optional(content.overview, overview)))
    """
  }

  static func overview(_ overview: Overview) -> String {
    """
    Overview(
          label: \(text(overview.label)), title: \(text(overview.title)),
          text: \(text(overview.text)), sources: \(list(overview.sources, source)))
    """
  }

  static func era(_ era: Era) -> String {
    "Era(id: \(string(era.id)), from: \(era.from), to: \(optional(era.to, String.init)), name: \(text(era.name)))"
  }

  static func event(_ event: TimelineEvent) -> String {
    """
    TimelineEvent(
          id: \(string(event.id)), date: \(date(event.date)), until: \(optional(event.until, date)),
          era: \(string(event.era)), label: \(text(event.label)), title: \(text(event.title)),
          story: \(text(event.story)), sources: \(list(event.sources, source)),
          photo: \(optional(event.photo, photo)))
    """
  }

  static func area(_ area: WorkArea) -> String {
    """
    WorkArea(
          id: \(string(area.id)), label: \(text(area.label)), title: \(text(area.title)),
          text: \(text(area.text)), figures: \(list(area.figures, figure)),
          sources: \(list(area.sources, source)))
    """
  }

  static func figure(_ figure: KeyFigure) -> String {
    let qualifier = optional(figure.qualifier) {
      "KeyFigure.Qualifier(rawValue: \(string($0.rawValue)))!"
    }
    return """
      KeyFigure(
            value: \(figure.value), qualifier: \(qualifier), counts: \(text(figure.counts)),
            period: \(text(figure.period)), account: \(text(figure.account)), tag: \(string(figure.tag)))
      """
  }

  static func exhibition(_ show: Exhibition) -> String {
    """
    Exhibition(
          title: \(text(show.title)), place: \(text(show.place)), year: \(show.year),
          intro: \(text(show.intro)), gallery: \(string(show.gallery)),
          sources: \(list(show.sources, source)))
    """
  }

  static func caption(_ caption: Caption) -> String {
    """
    Caption(
          id: \(string(caption.id)), label: \(text(caption.label)), title: \(text(caption.title)),
          year: \(optional(caption.year, String.init)), place: \(optional(caption.place, text)),
          caption: \(text(caption.caption)), credit: \(optional(caption.credit, string)),
          sources: \(list(caption.sources, source)), photo: \(optional(caption.photo, photo)))
    """
  }

  /// The loader refuses a photo in the built-in content (it has no folder
  /// to hold one), so this is never written today; it is here so that the
  /// field cannot be dropped silently.
  static func photo(_ photo: Photo) -> String {
    "Photo(file: \(string(photo.file)), path: \(string(photo.path)), alt: \(optional(photo.alt, text)))"
  }

  static func source(_ source: Source) -> String {
    "Source(tag: \(string(source.tag)), id: \(string(source.id)), text: \(text(source.text)))"
  }

  static func date(_ date: HistoricalDate) -> String {
    let month = optional(date.month, String.init)
    let day = optional(date.day, String.init)
    return "HistoricalDate(year: \(date.year), month: \(month), day: \(day))"
  }

  static func text(_ text: LocalizedText) -> String {
    let entries = text.translations.keys.sorted().map { language in
      "(Language(\(string(language.code))), \(string(text.translations[language] ?? "")))"
    }
    return "LocalizedText([" + entries.joined(separator: ", ") + "])"
  }

  static func list<Item>(_ items: [Item], _ write: (Item) -> String) -> String {
    guard !items.isEmpty else { return "[]" }
    return "[\n      " + items.map(write).joined(separator: ",\n      ") + ",\n    ]"
  }

  static func optional<Value>(_ value: Value?, _ write: (Value) -> String) -> String {
    value.map(write) ?? "nil"
  }

  /// A string literal: Swift's own escaped spelling of the value.
  static func string(_ value: String) -> String {
    String(reflecting: value)
  }

  /// A raw multi-line literal whose delimiter cannot occur in the text, so a
  /// file reads in the generated source as it does in Resources/.
  static func rawString(_ text: String) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
  }
}

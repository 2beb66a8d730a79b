import HistoryContent
import KioskCore
import TextLayout

/// All content as readable plain text: for `iom-history dump`, for pipes, and
/// for terminals that cannot be driven.
public enum PlainText {
  public static func render(_ kiosk: Kiosk, language: Language = .english, width: Int = 78)
    -> String
  {
    var out: [String] = []
    let title = UIString.appTitle.text(language)
    // What the tags in every source list mean, once at the head.
    out += [title, String(repeating: "=", count: title.count), HelpView.sourceLegend(language), ""]
    for (number, section) in kiosk.sections.enumerated() {
      let heading = section.name(language)
      out += [heading, String(repeating: "-", count: heading.count), ""]
      let title = section.listTitle(kiosk.content, language)
      if title != heading { out.append(title) }
      let below = section.belowList(kiosk.content, language, width: width)
      if !below.isEmpty { out += below.map(\.text) + [""] }
      let items = (0..<kiosk.itemCount(number)).map { ItemRef(section: number, index: $0) }
      // A link every item shows (the gallery's address) stands once, here,
      // whole: read from the items laid out on one line each.
      let links = items.map { item in
        kiosk.document(item, language, width: 100_000).filter { $0.style == .link }.map(\.text)
      }
      let shared =
        links.first.map { first in
          first.filter { link in links.allSatisfy { $0.contains(link) } }
        } ?? []
      if !shared.isEmpty {
        out += shared.flatMap { wrapKeepingWords($0, width: width) } + [""]
      }
      for (item, itemLinks) in zip(items, links) {
        let dropsLinks = !shared.isEmpty && itemLinks.allSatisfy(shared.contains)
        if let photo = kiosk.photo(item) {
          out += wrapKeepingWords(photoWithFile(photo, language), width: width)
        }
        out += kiosk.document(item, language, width: width)
          .filter { !(dropsLinks && $0.style == .link) }.map(\.text)
        out.append("")
      }
    }
    return out.joined(separator: "\n")
  }

  /// "Photo: <alt>": what the plain mode says of an item's photo, which it
  /// cannot show; the file's name where the curator gave no alt text.
  public static func photo(_ photo: Photo, _ language: Language) -> String {
    let shown = photo.alt?.text(language) ?? language.shown(fileName(photo.file))
    return Sanitizer.clean("\(UIString.photo.text(language)): \(shown)")
  }

  /// "Photo (photos/call.png): <alt>": the file too, for `dump`, which
  /// lists what the content holds.
  static func photoWithFile(_ photo: Photo, _ language: Language) -> String {
    let alt = photo.alt.map { ": " + $0.text(language) } ?? ""
    let file = language.shown(photo.file)
    return Sanitizer.clean("\(UIString.photo.text(language)) (\(file))\(alt)")
  }

  private static func fileName(_ path: String) -> String {
    String(path.split(separator: "/").last ?? Substring(path))
  }

  /// What `search` finds, as text: for each result, where it is and a line
  /// of its text around the first match.
  public static func searchResults(
    _ kiosk: Kiosk, _ search: SearchSession, language: Language, width: Int = 78
  ) -> [String] {
    let results = kiosk.results(search)
    guard !results.isEmpty else {
      return [
        UIString.searchNothing.text(language, Sanitizer.clean(search.text)),
        UIString.searchTry.text(language),
      ]
    }
    var lines = [UIString.searchCount.text(language, results.count), ""]
    for result in results {
      let section = kiosk.sections[result.item.section]
      let place = section.place(result.item.index, kiosk.content, language)
      lines.append(Sanitizer.clean("\(section.name(language)) · \(place)"))
      let fields = section.searchFields(result.item.index, kiosk.content, language)
      lines.append("  " + SearchView.excerpt(fields, search.query.words, width: width - 2))
    }
    return lines
  }

  /// `line` wrapped at spaces to `width`; a word wider than that (a web
  /// address) stands whole on a line of its own: a screen reader or a
  /// braille display must never get half a word.
  public static func wrapKeepingWords(_ line: String, width: Int) -> [String] {
    if DisplayWidth.of(line) <= width { return [line] }
    var lines: [String] = []
    var current = ""
    var used = 0
    for word in line.split(separator: " ") {
      let columns = DisplayWidth.of(word)
      if !current.isEmpty && used + 1 + columns > width {
        lines.append(current)
        (current, used) = ("", 0)
      }
      current += current.isEmpty ? String(word) : " " + word
      used += (used == 0 ? 0 : 1) + columns
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }
}

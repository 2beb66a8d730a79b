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
    out += [title, String(repeating: "=", count: title.count), ""]
    for (number, section) in kiosk.sections.enumerated() {
      let heading = section.name(language)
      out += [heading, String(repeating: "-", count: heading.count), ""]
      let title = section.listTitle(kiosk.content, language)
      if title != heading { out.append(title) }
      let below = section.belowList(kiosk.content, language, width: width)
      if !below.isEmpty { out += below.map(\.text) + [""] }
      for index in 0..<kiosk.itemCount(number) {
        out += kiosk.document(ItemRef(section: number, index: index), language, width: width)
          .map(\.text)
        out.append("")
      }
    }
    return out.joined(separator: "\n")
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
}

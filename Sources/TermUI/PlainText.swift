import HistoryContent
import KioskCore

/// All content as readable plain text: for `iom-history dump`, for pipes, and
/// for terminals that cannot be driven.
public enum PlainText {
  public static func render(_ kiosk: Kiosk, language: Language = .english, width: Int = 78)
    -> String
  {
    var out: [String] = []
    let title = UIString.appTitle.text(language)
    out += [title, String(repeating: "=", count: title.count), ""]
    for pane in Pane.allCases {
      let heading = pane.name(language)
      out += [heading, String(repeating: "-", count: heading.count), ""]
      if pane == .exhibition {
        let exhibition = kiosk.content.exhibition
        out.append(
          "\(exhibition.title.text(language)) — \(exhibition.place.text(language)), \(exhibition.year)"
        )
        out.append(exhibition.intro.text(language))
        out.append("\(UIString.gallery.text(language)): \(exhibition.gallery)")
        out.append("")
      }
      for index in 0..<kiosk.itemCount(pane) {
        let lines = ItemDocument.lines(
          kiosk.content, pane: pane, index: index, language: language, width: width)
        out += lines.map(\.text)
        out.append("")
      }
    }
    return out.joined(separator: "\n")
  }
}

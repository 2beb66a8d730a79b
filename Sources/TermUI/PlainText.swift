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
}

import HistoryContent

/// Dates and numbers written the way each language writes them:
/// "30 November 1954" / "30. November 1954", "6,411" / "6.411".
public enum Formatting {
  static let monthNames: [Language: [String]] = [
    .english: [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ],
    .german: [
      "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
      "Oktober", "November", "Dezember",
    ],
  ]

  /// A date as precise as it is known.
  public static func date(_ date: HistoricalDate, _ language: Language) -> String {
    language.shown(unshownDate(date, language))
  }

  private static func unshownDate(_ date: HistoricalDate, _ language: Language) -> String {
    let months = monthNames[language] ?? monthNames[.english]!
    switch (date.month, date.day) {
    case (let month?, let day?):
      return language == .german
        ? "\(day). \(months[month - 1]) \(date.year)" : "\(day) \(months[month - 1]) \(date.year)"
    case (let month?, nil):
      return "\(months[month - 1]) \(date.year)"
    default:
      return String(date.year)
    }
  }

  /// A date or a span: "26 November – 5 December 1951".
  public static func span(
    _ start: HistoricalDate, until end: HistoricalDate?, _ language: Language
  ) -> String {
    guard let end else { return date(start, language) }
    var first = date(start, language)
    let suffix = " \(start.year)"
    if start.year == end.year, start.month != nil, first.hasSuffix(suffix) {
      first.removeLast(suffix.count)
    }
    return "\(first) \(language.shown("–")) \(date(end, language))"
  }

  /// A whole number with the language's thousands separator.
  public static func number(_ value: Int, _ language: Language) -> String {
    let separator: Character = language == .german ? "." : ","
    let digits = String(value.magnitude)
    var out = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(separator) }
      out.append(digit)
    }
    return value < 0 ? "-" + out : out
  }

  /// "more than 6,411", "over 100", or just the number.
  public static func figure(_ figure: KeyFigure, _ language: Language) -> String {
    let number = number(figure.value, language)
    switch figure.qualifier {
    case .moreThan: return "\(UIString.moreThan.text(language)) \(number)"
    case .over: return "\(UIString.over.text(language)) \(number)"
    case nil: return number
    }
  }
}

import HistoryContent

/// Dates and numbers written the way each language writes them, as its
/// string table says:
/// "30 November 1954" / "30. November 1954", "6,411" / "6.411".
public enum Formatting {
  /// A date as precise as it is known, in the language's own order and
  /// month names (from its string table).
  public static func date(_ date: HistoricalDate, _ language: Language) -> String {
    let months = UIString.monthNames.text(language).split(separator: " ")
    guard let month = date.month, months.indices.contains(month - 1) else {
      return String(date.year)
    }
    let name = String(months[month - 1])
    guard let day = date.day else { return UIString.monthYear.text(language, name, date.year) }
    return UIString.dayMonthYear.text(language, day, name, date.year)
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
    let separator = UIString.thousandsSeparator.text(language)
    let digits = String(value.magnitude)
    var out = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { out += separator }
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

  /// "people assisted through resettlement · since 2021 · according to IOM Germany [I]"
  public static func figureLabel(_ figure: KeyFigure, _ language: Language) -> String {
    [
      figure.counts.text(language), figure.period.text(language),
      "\(UIString.accordingTo.text(language)) \(figure.account.text(language)) [\(figure.tag)]",
    ].joined(separator: " · ")
  }
}

import Testing

@testable import HistoryContent

/// Dates are read from their bytes when they are ASCII; the result must be
/// the one the `Character`-by-`Character` parser it replaced gave, kept
/// here as the reference.
@Suite struct HistoricalDateTests {
  /// The parser as it was: split at "-" into `Character`s.
  static func reference(_ text: String) -> HistoricalDate? {
    guard HistoricalDate.hasDigitsInPlace(text) else { return nil }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard let year = Int(parts[0]) else { return nil }
    let numbers = parts.dropFirst().map { Int($0) }
    if numbers.contains(where: { $0 == nil }) { return nil }
    let month = numbers.first ?? nil
    let day = numbers.count > 1 ? numbers[1] : nil
    if let month, !(1...12).contains(month) { return nil }
    if let month, let day {
      let daysInMonth = [
        31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
      ][month - 1]
      guard (1...daysInMonth).contains(day) else { return nil }
    }
    return HistoricalDate(year: year, month: month, day: day)
  }

  /// Every month and day number from 00 to 32 in a leap year, a common
  /// year, a century and a fourth century, in each of the three forms.
  @Test func everyNumberInPlaceMatchesTheReference() {
    for year in ["1900", "2000", "2023", "2024", "0000", "9999"] {
      #expect(HistoricalDate(parsing: year) == Self.reference(year))
      for month in 0...13 {
        let yearMonth = year + "-" + (month < 10 ? "0" : "") + String(month)
        #expect(HistoricalDate(parsing: yearMonth) == Self.reference(yearMonth))
        for day in 0...32 {
          let date = yearMonth + "-" + (day < 10 ? "0" : "") + String(day)
          #expect(HistoricalDate(parsing: date) == Self.reference(date), "\(date)")
        }
      }
    }
  }

  /// Texts built from digits, dashes and the parts a byte reader could
  /// mistake: other digits, combining marks, CR LF, letters and spaces.
  @Test func generatedTextsMatchTheReference() {
    let parts = [
      "1", "9", "0", "5", "-", "-", "12", "1954", "a", " ", "\r\n", "\n", "\u{301}", "١", "٣",
      "é", "+", "\u{600}",
    ]
    var generator = TextScanTests.Generator(state: 1951)
    for _ in 0..<50_000 {
      let length = Int.random(in: 0...12, using: &generator)
      let text = (0..<length).map { _ in parts.randomElement(using: &generator)! }.joined()
      #expect(HistoricalDate(parsing: text) == Self.reference(text), "\(text.debugDescription)")
    }
  }
}

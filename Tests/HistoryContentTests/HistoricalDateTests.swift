import Testing

@testable import HistoryContent

/// Dates are read from their bytes when they are ASCII; the result must be
/// the one an independent reference gives: the form checked scalar by
/// scalar, and a day checked by counting it to a day number and back.
@Suite struct HistoricalDateTests {
  /// "dddd", "dddd-dd" or "dddd-dd-dd" in ASCII digits, naming a month of
  /// the year and a day of the proleptic Gregorian calendar.
  static func reference(_ text: String) -> HistoricalDate? {
    let scalars = Array(text.unicodeScalars)
    guard [4, 7, 10].contains(scalars.count) else { return nil }
    for (offset, scalar) in scalars.enumerated() {
      let isDash = offset == 4 || offset == 7
      guard isDash ? scalar == "-" : ("0"..."9").contains(scalar) else { return nil }
    }
    func number(_ offsets: Range<Int>) -> Int {
      offsets.reduce(0) { $0 * 10 + Int(scalars[$1].value) - 0x30 }
    }
    let year = number(0..<4)
    guard scalars.count > 4 else { return HistoricalDate(year: year) }
    let month = number(5..<7)
    guard (1...12).contains(month) else { return nil }
    guard scalars.count > 7 else { return HistoricalDate(year: year, month: month) }
    let day = number(8..<10)
    guard CivilDays.date(CivilDays.number(year, month, day)) == [year, month, day] else {
      return nil
    }
    return HistoricalDate(year: year, month: month, day: day)
  }

  /// Howard Hinnant's days-from-civil formulas (chrono-Compatible Low-Level
  /// Date Algorithms): a day that is not in the calendar, such as February
  /// 30, comes back as another date.
  enum CivilDays {
    /// Days since 1970-01-01.
    static func number(_ year: Int, _ month: Int, _ day: Int) -> Int {
      let y = month <= 2 ? year - 1 : year
      let era = (y >= 0 ? y : y - 399) / 400
      let yearOfEra = y - era * 400
      let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
      let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
      return era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month and day of a day number.
    static func date(_ number: Int) -> [Int] {
      let z = number + 719_468
      let era = (z >= 0 ? z : z - 146_096) / 146_097
      let dayOfEra = z - era * 146_097
      let yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
      let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
      let shiftedMonth = (5 * dayOfYear + 2) / 153
      let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
      let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
      return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day]
    }
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

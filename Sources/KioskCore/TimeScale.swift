import HistoryContent

/// Maps the years of the story onto the columns of the time axis, and back
/// (for a click on the axis).
public struct TimeScale: Sendable {
  /// The first and last year shown: from the earliest era or event to the last event.
  public let start: Int
  public let end: Int
  public let x: Int
  public let width: Int

  public init?(_ content: Content, width: Int, x: Int) {
    guard let first = content.events.first, let last = content.events.last, width > 1 else {
      return nil
    }
    start = min(first.date.year, content.eras.lazy.map(\.from).min() ?? first.date.year)
    end = max(last.date.year, start + 1)
    self.x = x
    self.width = width
  }

  /// The column of a moment in time, always within the axis.
  public func column(_ year: Double) -> Int {
    let fraction = (year - Double(start)) / Double(end - start)
    let offset = Int((fraction * Double(width - 1)).rounded())
    return x + min(max(offset, 0), width - 1)
  }

  /// The moment in time a column stands for.
  public func year(atColumn column: Int) -> Double {
    Double(start) + Double(column - x) / Double(width - 1) * Double(end - start)
  }
}

extension HistoricalDate {
  /// The date as a year with a fraction, for placing it on the axis.
  public var fractionalYear: Double {
    let month = Double((self.month ?? 1) - 1)
    let day = Double((self.day ?? 1) - 1)
    return Double(year) + month / 12 + day / 365
  }
}

import HistoryContent
import TextLayout

/// The time axis's texts for one width, made once per language and width:
/// the axis is drawn on every frame of the timeline, and its texts change
/// only with them.
public struct AxisTexts: Sendable {
  /// "Time axis 1951–2026"
  public var title: String
  /// For each era, in the content's order: " name " to write over its
  /// band, cut to the band, or nil where the band has no room for a name.
  public var eraNames: [String?]

  public init(_ content: Content, _ language: Language, width: Int) {
    guard let scale = TimeScale(content, width: width, x: 0) else {
      title = UIString.timeAxis.text(language)
      eraNames = content.eras.map { _ in nil }
      return
    }
    title = "\(UIString.timeAxis.text(language)) \(scale.start)–\(scale.end)"
    eraNames = content.eras.map { era in
      let span = scale.band(of: era).count
      guard span >= 5 else { return nil }
      let name = Wrap.truncate(Sanitizer.clean(era.name.text(language)), width: span - 4)
      return name.isEmpty ? nil : " " + name + " "
    }
  }
}

extension TimeScale {
  /// The columns of `era`'s band: from its first year to the column before
  /// the next era's, or to the end of the axis for the era still running.
  public func band(of era: Era) -> ClosedRange<Int> {
    let from = column(Double(era.from))
    let to = era.to.map { column(Double($0)) - 1 } ?? (x + width - 1)
    return from...max(from, to)
  }
}

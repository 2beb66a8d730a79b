import HistoryContent

extension Kiosk {
  /// The moment in time each of `results` stands for, for the time axis to
  /// mark: an event's date, another item's first year; none for an item of
  /// no particular time. An item that began before the years searched for
  /// is marked where they begin, as that is where it was found.
  public func moments(of results: [SearchResult], _ query: SearchQuery) -> [Double] {
    results.compactMap { result in
      let section = sections[result.item.section]
      var moment: Double
      if section.hasTimeAxis {
        guard let event = section.event(ofItem: result.item.index, content) else { return nil }
        moment = content.events[event].date.fractionalYear
      } else if let years = section.years(result.item.index, content) {
        moment = Double(years.lowerBound)
      } else {
        return nil
      }
      if let years = query.years { moment = max(moment, Double(years.lowerBound)) }
      return moment
    }
  }
}

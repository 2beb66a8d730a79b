extension UsageReport {
  /// The report as tables with small bar charts: Unicode blocks, or `#` on
  /// a terminal that shows only ASCII.
  public func text(asciiOnly: Bool = false) -> String {
    var out: [String] = []
    func heading(_ title: String) {
      out += ["", title, String(repeating: asciiOnly ? "-" : "─", count: title.count)]
    }
    out.append("Visits: \(visits.count)")
    if let (lower, median, upper) = lengthQuartiles {
      out.append(
        "Visit length: median \(Self.duration(median)) (quartiles \(Self.duration(lower)) and \(Self.duration(upper)))"
      )
    }
    if let germanShare {
      out.append("In German: \(Int((germanShare * 100).rounded())) % of visits")
    }
    out.append("Attract loop interrupted: \(attractInterrupted)")
    out.append("Searches: \(searches)")
    if damagedLines > 0 { out.append("Lines skipped (damaged or foreign): \(damagedLines)") }

    heading("Visits per day")
    let days = visitsPerDay.sorted { $0.key < $1.key }
    out += bars(days.map { ($0.key.description, $0.value) }, asciiOnly: asciiOnly)
    heading("Visits per hour of the day (UTC)")
    out += bars(
      visitsPerHour.enumerated().map { (hour, count) in
        (hour < 10 ? "0\(hour):00" : "\(hour):00", count)
      }, asciiOnly: asciiOnly)
    heading("Sections opened")
    out += bars(sections.map { ($0.name, $0.count) }, asciiOnly: asciiOnly)
    heading("Items read most")
    out += bars(Array(items.prefix(10)).map { ($0.name, $0.count) }, asciiOnly: asciiOnly)
    return out.joined(separator: "\n") + "\n"
  }

  /// "1 min 05 s", "42 s".
  static func duration(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    guard whole >= 60 else { return "\(whole) s" }
    let rest = whole % 60
    return "\(whole / 60) min \(rest < 10 ? "0" : "")\(rest) s"
  }

  /// One row per label: the label, the count, and a bar 30 columns at most.
  func bars(_ rows: [(String, Int)], asciiOnly: Bool) -> [String] {
    guard let most = rows.map(\.1).max(), most > 0 else { return ["(none)"] }
    let labelWidth = rows.map(\.0.count).max() ?? 0
    let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    return rows.map { label, count in
      let length = Double(count) / Double(most) * 30
      var bar = String(repeating: asciiOnly ? "#" : "█", count: Int(length))
      let fraction = Int((length - Double(Int(length))) * 8)
      if !asciiOnly, fraction > 0 { bar.append(eighths[fraction - 1]) }
      let number = String(count)
      return label + String(repeating: " ", count: labelWidth - label.count + 1)
        + String(repeating: " ", count: max(0, 6 - number.count)) + number + " " + bar
    }
  }
}

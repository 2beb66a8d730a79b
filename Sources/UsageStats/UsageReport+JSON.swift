extension UsageReport {
  /// The report as JSON, for other tools: every figure the text shows.
  public func json() -> String {
    func string(_ text: String) -> String {
      var out = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case _ where scalar.value < 0x20:
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
      }
      return out + "\""
    }
    func counts(_ rows: [(String, Int)]) -> String {
      "{" + rows.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }
    var fields = [
      "\"visits\": \(visits.count)",
      "\"visits_per_day\": "
        + counts(visitsPerDay.sorted { $0.key < $1.key }.map { ($0.key.description, $0.value) }),
      "\"visits_per_hour\": [" + visitsPerHour.map(String.init).joined(separator: ", ") + "]",
      "\"sections_opened\": " + counts(sections.map { ($0.name, $0.count) }),
      "\"items_opened\": " + counts(items.map { ($0.name, $0.count) }),
      "\"attract_interrupted\": \(attractInterrupted)",
      "\"searches\": \(searches)",
      "\"damaged_lines\": \(damagedLines)",
    ]
    if let (lower, median, upper) = lengthQuartiles {
      fields.append(
        "\"visit_seconds\": {\"lower_quartile\": \(lower), \"median\": \(median), \"upper_quartile\": \(upper)}"
      )
    }
    if let germanShare { fields.append("\"german_share\": \(germanShare)") }
    return "{\n  " + fields.joined(separator: ",\n  ") + "\n}\n"
  }
}

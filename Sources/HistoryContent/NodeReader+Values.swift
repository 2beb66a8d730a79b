/// Single values: text, numbers, dates, ids, tags and web addresses.
extension NodeReader {
  /// A single value as trimmed text. Refused when it is a list or fields,
  /// when it is empty, or when it holds a character a terminal would act on.
  func string(_ node: YAMLNode, _ field: FieldPath) -> String? {
    guard case .scalar(let scalar) = node else {
      problem(
        at: node, field,
        "expected text, found \(Self.found(node)) — write a single value after the colon, in quotes"
      )
      return nil
    }
    if refusesForbiddenCharacter(node, field) { return nil }
    let text = scalar.string.trimmingWhitespace
    guard !text.isEmpty else {
      problem(at: node, field, "is empty — write the text (an optional field can be left out)")
      return nil
    }
    return text
  }

  /// Text a visitor reads: as `string`, and with no word too wide for the
  /// narrowest text column.
  func displayedString(_ node: YAMLNode, _ field: FieldPath) -> String? {
    guard let text = string(node, field) else { return nil }
    let limit = DisplayLimits.narrowestTextColumns
    if let long = LongWords.first(in: text, widerThan: limit) {
      problem(at: node, field, LongWords.message(long.word, width: long.width))
    }
    return text
  }

  func int(_ node: YAMLNode, _ field: FieldPath, range: ClosedRange<Int>) -> Int? {
    if refusesForbiddenCharacter(node, field) { return nil }
    guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
      problem(
        at: node, field,
        "expected a whole number, found \(Self.found(node)) — write digits only, with no separators"
      )
      return nil
    }
    guard range.contains(value) else {
      let (low, high) = (range.lowerBound, range.upperBound)
      problem(
        at: node, field, "\(value) is outside \(low)–\(high) — use a number from \(low) to \(high)")
      return nil
    }
    return value
  }

  func date(_ node: YAMLNode, _ field: FieldPath) -> HistoricalDate? {
    guard case .scalar(let scalar) = node else {
      problem(at: node, field, "expected a date, found \(Self.found(node)) — \(Self.dateHint)")
      return nil
    }
    if refusesForbiddenCharacter(node, field) { return nil }
    let text = scalar.string.trimmingWhitespace
    if let date = HistoricalDate(parsing: text) {
      guard Self.years.contains(date.year) else {
        problem(
          at: node, field,
          "\(Quoted.value(text)) is outside the years \(Self.years.lowerBound)–\(Self.years.upperBound) — check the year"
        )
        return nil
      }
      return date
    }
    if HistoricalDate.hasDigitsInPlace(text) {
      problem(
        at: node, field,
        "\(Quoted.value(text)) is not a day of the calendar — check the month and day")
    } else {
      problem(
        at: node, field,
        "expected a date as \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\", found \(Self.found(node)) — \(Self.dateHint)"
      )
    }
    return nil
  }

  /// The years a date, an era or a photo may name.
  static let years = 1900...2100

  /// True, with the problem recorded, when `node` is a value holding a
  /// character a terminal would act on: that is what is wrong with it,
  /// before what it is not (a number, a date).
  private func refusesForbiddenCharacter(_ node: YAMLNode, _ field: FieldPath) -> Bool {
    guard case .scalar(let scalar) = node,
      let what = ForbiddenCharacters.first(in: scalar.string)
    else { return false }
    problem(at: node, field, ForbiddenCharacters.message(what))
    return true
  }

  private static let dateHint = "write it in quotes, e.g. \"1954\", \"1952-10\" or \"1954-11-30\""

  /// A stable id: a slug, recorded for the check that ids are unique.
  func id(_ node: YAMLNode, _ field: FieldPath) -> String? {
    guard let id = string(node, field) else { return nil }
    guard Self.isSlug(id) else {
      problem(
        at: node, field,
        "\(Quoted.value(id)) is not a valid id — use \(Self.slugPattern), e.g. `gdi-berlin`")
      return nil
    }
    ids.append(ID(id: id, node: node, field: field))
    return id
  }

  /// The id of an entry in the source record: a slug, recorded for the
  /// check that the record has it. Many sources may name the same entry.
  func sourceID(_ node: YAMLNode, _ field: FieldPath) -> String? {
    guard let id = string(node, field) else { return nil }
    guard Self.isSlug(id) else {
      problem(
        at: node, field,
        "\(Quoted.value(id)) is not a valid source id — use \(Self.slugPattern), as in the headings of SOURCES.md"
      )
      return nil
    }
    citedSources.append(ID(id: id, node: node, field: field))
    return id
  }

  /// A confidence tag: C, I or S (see SOURCES.md).
  func tag(_ node: YAMLNode, _ field: FieldPath) -> String? {
    guard let tag = string(node, field) else { return nil }
    guard Self.tags.contains(tag) else {
      problem(
        at: node, field, "unknown tag \(Quoted.value(tag)) — use C, I or S, or C/I, I/C, I/S, S/I")
      return nil
    }
    return tag
  }

  /// A web address a visitor can type into a browser.
  func webAddress(_ node: YAMLNode, _ field: FieldPath) -> String? {
    guard let address = string(node, field) else { return nil }
    guard address.unicodeScalars.count <= DisplayLimits.webAddressCharacters else {
      problem(at: node, field, WebAddress.tooLong(address))
      return nil
    }
    guard WebAddress.isValid(address) else {
      problem(
        at: node, field,
        "\(Quoted.value(address, columns: 60)) is not a web address — write it in full, as https://host.tld/path"
      )
      return nil
    }
    return address
  }

  static let tags: Set<String> = ["C", "I", "S", "C/I", "I/C", "I/S", "S/I"]

  static let slugPattern = "lowercase letters, digits and hyphens"

  /// Checked in bytes: every allowed character is one ASCII byte, and any
  /// other byte, ASCII or not, makes the id invalid.
  static func isSlug(_ id: String) -> Bool {
    let bytes = id.utf8
    return !bytes.isEmpty && bytes.first != 0x2D && bytes.last != 0x2D
      && bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
  }
}

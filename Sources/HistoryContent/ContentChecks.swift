/// Checks that span items or files: unique ids, and every text present in
/// every language the content is written in.
enum ContentChecks {
  static func check(readers: [NodeReader]) -> [ContentProblem] {
    uniqueIDs(readers) + completeLanguages(readers)
  }

  private static func uniqueIDs(_ readers: [NodeReader]) -> [ContentProblem] {
    // Ids are unique within each list (eras, events, areas, captions): an
    // era and an event may both be called `icm`. Each list lives in one
    // file, so the first use is named by its line. The ids of one list are
    // kept apart by the list's name and the file, not by a key string
    // built for each id.
    var problems: [ContentProblem] = []
    var file: String?
    var firstLines: [String: [String: Int]] = [:]
    var list = ""
    var firstLine: [String: Int] = [:]
    for reader in readers {
      if reader.file != file {
        (file, firstLines, list, firstLine) = (reader.file, [:], "", [:])
      }
      for written in reader.ids {
        let (id, node, field) = (written.id, written.node, written.field)
        let name = field.listName
        if name != list {
          firstLines[list] = firstLine
          list = name
          // Room for every id at once: growing the table id by id
          // rehashed it a dozen times for a list of 10,000.
          firstLine = firstLines.removeValue(forKey: name) ?? [:]
          firstLine.reserveCapacity(reader.ids.count)
        }
        let line = node.mark.line
        if let first = firstLine[id] {
          problems.append(
            ContentProblem(
              file: reader.file, line: line, column: node.mark.column, field: field.description,
              message:
                "the id `\(id)` is already used on line \(first) — give this item an id of its own"
            ))
        } else {
          firstLine[id] = line
        }
      }
    }
    return problems
  }

  private static func completeLanguages(_ readers: [NodeReader]) -> [ContentProblem] {
    let languages = readers.reduce(into: LanguageCodes()) { $0.formUnion($1.languages) }
    let count = languages.count
    var problems: [ContentProblem] = []
    for reader in readers {
      // Every text's languages are among all of them: when there are as
      // many, none is missing, and the text is not even copied out.
      for index in reader.texts.indices where reader.texts[index].languages < count {
        let (field, node) = (reader.texts[index].field, reader.texts[index].node)
        guard let mapping = node.mapping else { continue }
        let missing = languages.subtracting(LanguageCodes(keysOf: mapping))
        guard !missing.isEmpty else { continue }
        let names = missing.map { "`\($0)`" }.joined(separator: ", ")
        problems.append(
          ContentProblem(
            file: reader.file, line: node.mark.line, column: node.mark.column,
            field: field.description,
            message:
              "the text in \(names) is missing — add it: every text is needed in every language the content uses"
          ))
      }
    }
    return problems
  }
}

/// Checks that span items or files: unique ids, and every text present in
/// every language the content is written in.
enum ContentChecks {
  static func check(readers: [NodeReader]) -> [ContentProblem] {
    uniqueIDs(readers) + completeLanguages(readers)
  }

  private static func uniqueIDs(_ readers: [NodeReader]) -> [ContentProblem] {
    // Ids are unique within each list (eras, events, areas, captions): an
    // era and an event may both be called `icm`.
    var firstSeen: [String: (file: String, line: Int)] = [:]
    var problems: [ContentProblem] = []
    for reader in readers {
      for (id, node, field) in reader.ids {
        let line = node.mark?.line ?? 1
        let list = field.prefix { $0 != "[" }
        let key = "\(list)/\(id)"
        if let first = firstSeen[key] {
          problems.append(
            ContentProblem(
              file: reader.file, line: line, column: node.mark?.column ?? 1, field: field,
              message:
                "the id `\(id)` is already used at \(first.file):\(first.line) — ids must be unique within the list"
            ))
        } else {
          firstSeen[key] = (reader.file, line)
        }
      }
    }
    return problems
  }

  private static func completeLanguages(_ readers: [NodeReader]) -> [ContentProblem] {
    let all = readers.flatMap(\.texts)
    let languages = Set(all.flatMap { $0.text.translations.keys })
    var problems: [ContentProblem] = []
    for reader in readers {
      for (field, node, text) in reader.texts {
        let missing = languages.subtracting(text.translations.keys).sorted()
        guard !missing.isEmpty else { continue }
        let names = missing.map { "`\($0.code)`" }.joined(separator: ", ")
        problems.append(
          ContentProblem(
            file: reader.file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
            field: field,
            message:
              "the text in \(names) is missing — every text is needed in every language the content uses"
          ))
      }
    }
    return problems
  }
}

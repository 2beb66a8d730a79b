/// Checks that span items or files: unique ids, and every text present in
/// every language the content is written in.
enum ContentChecks {
  static func check(readers: [NodeReader]) -> [ContentProblem] {
    uniqueIDs(readers) + completeLanguages(readers)
  }

  private static func uniqueIDs(_ readers: [NodeReader]) -> [ContentProblem] {
    // Ids are unique within each list (eras, events, areas, captions): an
    // era and an event may both be called `icm`. Each list lives in one
    // file, so the first use is named by its line.
    var firstLine: [String: Int] = [:]
    var problems: [ContentProblem] = []
    for reader in readers {
      for (id, node, field) in reader.ids {
        let line = node.mark.line
        let list = field.prefix { $0 != "[" }
        let key = "\(reader.file)/\(list)/\(id)"
        if let first = firstLine[key] {
          problems.append(
            ContentProblem(
              file: reader.file, line: line, column: node.mark.column, field: field,
              message:
                "the id `\(id)` is already used on line \(first) — give this item an id of its own"
            ))
        } else {
          firstLine[key] = line
        }
      }
    }
    return problems
  }

  private static func completeLanguages(_ readers: [NodeReader]) -> [ContentProblem] {
    let languages = readers.reduce(into: Set<Language>()) { all, reader in
      for text in reader.texts { all.formUnion(text.languages) }
    }
    var problems: [ContentProblem] = []
    for reader in readers {
      for (field, node, written) in reader.texts {
        // Every text's languages are among all of them: when there are as
        // many, none is missing, and no set of the missing ones is built.
        guard written.count < languages.count else { continue }
        let missing = languages.subtracting(written).sorted()
        guard !missing.isEmpty else { continue }
        let names = missing.map { "`\($0.code)`" }.joined(separator: ", ")
        problems.append(
          ContentProblem(
            file: reader.file, line: node.mark.line, column: node.mark.column,
            field: field,
            message:
              "the text in \(names) is missing — add it: every text is needed in every language the content uses"
          ))
      }
    }
    return problems
  }
}

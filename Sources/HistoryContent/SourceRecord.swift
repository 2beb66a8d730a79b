/// The curator's source record, `SOURCES.md`: the exact references behind
/// every source a content file names by its `id`. Each entry starts with a
/// heading `### id`; the rest is free text for people and is not read.
enum SourceRecord {
  static let name = "SOURCES.md"

  /// The ids of the record's entries: the text of its `### ` headings.
  static func ids(in text: String) -> Set<String> {
    var ids: Set<String> = []
    for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("### ") {
      ids.insert(String(line.dropFirst(4).trimmingWhitespace))
    }
    return ids
  }

  /// A problem for every source whose id has no entry in `record`; for the
  /// record itself when it is missing (unless that was `alreadyReported`).
  static func check(
    _ record: String?, readers: [NodeReader], _ alreadyReported: Set<String>
  ) -> [ContentProblem] {
    guard let record else {
      return alreadyReported.contains(name) ? [] : [ContentLoader.missingFile(name)]
    }
    let known = ids(in: record)
    var problems: [ContentProblem] = []
    for reader in readers {
      for cited in reader.citedSources where !known.contains(cited.id) {
        problems.append(
          ContentProblem(
            file: reader.file, line: cited.node.mark.line, column: cited.node.mark.column,
            field: cited.field.description,
            message:
              "\(Quoted.value(cited.id)) has no entry in \(name) — add a heading `### \(cited.id)` there with the exact reference, or name an entry it has"
          ))
      }
    }
    return problems
  }
}

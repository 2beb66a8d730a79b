import TextLayout

/// Turns the composer's errors into problems a curator can act on, at the
/// place the parser stopped.
enum YAMLSyntax {
  static func problem(_ error: YAMLError, file: String, text: String) -> ContentProblem {
    func at(_ mark: YAMLMark, _ message: String) -> ContentProblem {
      ContentProblem(file: file, line: mark.line, column: mark.column, field: "", message: message)
    }
    switch error {
    case .syntax(let problem, let context, let mark):
      let detail = context.map { "\(problem) \($0)" } ?? problem
      return at(mark, "YAML syntax error: \(detail) — check the indentation and quotes here")
    case .reader(let problem, let offset):
      return readerProblem(problem, offset: offset, in: text, at)
    case .duplicateKeys(let duplicates, let mark):
      let names = duplicates.map { Quoted.value($0) }.joined(separator: ", ")
      let field =
        duplicates.count == 1 ? "the field \(names) appears" : "the fields \(names) appear"
      return at(mark, "\(field) twice — keep one of them")
    case .tooDeep(let mark):
      return at(
        mark,
        "lists and fields are nested more than \(YAMLComposer.maximumDepth) levels deep — see Resources/CONTENT.md for the shape of the file"
      )
    case .secondDocument(let mark):
      return at(mark, "a second document starts here — a content file holds one; remove the `---`")
    case .expandsTooFar(let anchor, let field, let mark):
      let limit = YAMLComposer.maximumExpandedBytes / (1024 * 1024)
      var problem = at(
        mark,
        "the alias *\(anchor) repeats so much that the file would hold more than the \(limit) MB a content file may hold — write the text out where it is needed"
      )
      problem.field = field
      return problem
    }
  }

  /// The reader refuses characters YAML does not allow, such as ESC, BEL or
  /// a C1 control, wherever they stand (comments too). It gives a byte
  /// offset; the problem is placed at its line and column and, for a
  /// control character, says which one it is.
  private static func readerProblem(
    _ problem: String, offset: Int, in text: String,
    _ at: (YAMLMark, String) -> ContentProblem
  ) -> ContentProblem {
    let bytes = Array(text.utf8)
    guard offset <= bytes.count else {
      return at(
        YAMLMark(line: 1, column: 1),
        "cannot be read as YAML: \(problem) — save it as plain UTF-8 text")
    }
    let before = bytes[..<offset]
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let line = before.count(where: { $0 == 0x0A }) + 1
    let column =
      String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
    let mark = YAMLMark(line: line, column: column)
    let rest = String(decoding: bytes[offset...].prefix(32), as: UTF8.self).unicodeScalars.prefix(8)
    guard let first = rest.first, first != "\n", first != "\t", Sanitizer.isForbidden(first.value)
    else {
      return at(mark, "cannot be read as YAML: \(problem) — save it as plain UTF-8 text")
    }
    return at(mark, ForbiddenCharacters.message(ForbiddenCharacters.describe(Array(rest)[...])))
  }
}

import TextLayout
import Yams

/// Turns Yams' parse errors into problems a curator can act on, at the
/// place the parser stopped.
enum YAMLSyntax {
  static func problem(_ error: YamlError, file: String, text: String) -> ContentProblem {
    func at(_ line: Int, _ column: Int, _ message: String) -> ContentProblem {
      ContentProblem(file: file, line: line, column: column, field: "", message: message)
    }
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { "\(problem) \($0.text)" } ?? problem
      return at(
        mark.line, mark.column,
        "YAML syntax error: \(detail) — check the indentation and quotes here")
    case .reader(let problem, let offset, _, _):
      return readerProblem(problem, offset: offset, in: text, at)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let names = duplicates.map { Quoted.value($0) }.joined(separator: ", ")
      let field =
        duplicates.count == 1 ? "the field \(names) appears" : "the fields \(names) appear"
      return at(context.mark.line, context.mark.column, "\(field) twice — keep one of them")
    default:
      return at(1, 1, "cannot be read as YAML — save it as plain UTF-8 text")
    }
  }

  /// The reader refuses characters YAML does not allow, such as ESC, BEL or
  /// a C1 control, wherever they stand (comments too). It gives a character
  /// offset; the problem is placed at its line and column and, for a
  /// control character, says which one it is.
  private static func readerProblem(
    _ problem: String, offset: Int?, in text: String,
    _ at: (Int, Int, String) -> ContentProblem
  ) -> ContentProblem {
    guard let offset,
      let index = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex)
    else {
      return at(1, 1, "cannot be read as YAML: \(problem) — save it as plain UTF-8 text")
    }
    let before = text[..<index].unicodeScalars
    let lineStart = before.lastIndex(of: "\n").map(before.index(after:)) ?? before.startIndex
    let line = before.count(where: { $0 == "\n" }) + 1
    let column = before[lineStart...].count + 1
    let rest = text[index...].unicodeScalars.prefix(8)
    guard let first = rest.first, first != "\n", first != "\t", Sanitizer.isForbidden(first.value)
    else {
      return at(line, column, "cannot be read as YAML: \(problem) — save it as plain UTF-8 text")
    }
    return at(
      line, column, ForbiddenCharacters.message(ForbiddenCharacters.describe(Array(rest)[...])))
  }
}

import Foundation
import Yams

/// Turns the three YAML files into `Content`, or into every problem found.
public enum ContentLoader {
  /// The files a content directory must hold, in the order they are read.
  public static let fileNames = [TimelineFile.name, WorkFile.name, ExhibitionFile.name]

  /// The content compiled into the binary from `Resources/*.yaml`.
  public static func builtIn() throws(ContentErrors) -> Content {
    try load(files: EmbeddedContent.files)
  }

  /// Loads `timeline.yaml`, `work.yaml` and `exhibition.yaml` from `directory`.
  /// All or nothing: one broken file refuses the whole directory.
  public static func load(directory: String) throws(ContentErrors) -> Content {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw ContentErrors([
        ContentProblem(
          file: directory, line: 0, column: 0, field: "",
          message:
            "is not a directory — give the folder that holds \(fileNames.joined(separator: ", "))")
      ])
    }
    var files: [String: String] = [:]
    var problems: [ContentProblem] = []
    for name in fileNames {
      let path = (directory as NSString).appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: path) else {
        let exists = FileManager.default.fileExists(atPath: path)
        problems.append(
          ContentProblem(
            file: path, line: 0, column: 0, field: "",
            message: exists
              ? "cannot be read"
              : "is missing (a content directory holds \(fileNames.joined(separator: ", ")))"))
        continue
      }
      guard let text = String(data: data, encoding: .utf8) else {
        problems.append(
          ContentProblem(
            file: path, line: 0, column: 0, field: "",
            message: "is not UTF-8 text — save it with UTF-8 encoding"))
        continue
      }
      files[name] = text
    }
    if !problems.isEmpty { throw ContentErrors(problems) }
    do {
      return try load(files: files)
    } catch {
      // Name the files by their path, as the curator knows them.
      throw ContentErrors(
        error.problems.map { problem in
          var problem = problem
          problem.file = (directory as NSString).appendingPathComponent(problem.file)
          return problem
        })
    }
  }

  /// Loads content from file texts keyed by file name.
  public static func load(files: [String: String]) throws(ContentErrors) -> Content {
    var problems: [ContentProblem] = []
    var readers: [NodeReader] = []
    func parse(_ name: String) -> (Node, NodeReader)? {
      let reader = NodeReader(file: name)
      readers.append(reader)
      guard let text = files[name] else {
        reader.problem(at: nil, "", "is missing")
        return nil
      }
      do {
        guard let root = try Yams.compose(yaml: text) else {
          reader.problem(at: nil, "", "is empty")
          return nil
        }
        return (root, reader)
      } catch let error as YamlError {
        problems.append(syntaxProblem(error, file: name))
      } catch {
        reader.problem(at: nil, "", "cannot be read as YAML: \(error)")
      }
      return nil
    }

    let timeline = parse(TimelineFile.name).map { TimelineFile.read($0.0, $0.1) }
    let areas = parse(WorkFile.name).map { WorkFile.read($0.0, $0.1) }
    let exhibition = parse(ExhibitionFile.name).map { ExhibitionFile.read($0.0, $0.1) }
    problems += readers.flatMap(\.problems)
    problems += ContentChecks.check(readers: readers)

    guard problems.isEmpty, let timeline, let areas, let (show, captions) = exhibition,
      let show
    else {
      throw ContentErrors(problems.isEmpty ? [missingPart()] : problems)
    }
    return Content(
      eras: timeline.eras, events: timeline.events, areas: areas, exhibition: show,
      captions: captions)
  }

  private static func missingPart() -> ContentProblem {
    ContentProblem(
      file: ExhibitionFile.name, line: 1, column: 1, field: "", message: "is incomplete")
  }

  private static func syntaxProblem(_ error: YamlError, file: String) -> ContentProblem {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { "\(problem) \($0.text)" } ?? problem
      return ContentProblem(
        file: file, line: mark.line, column: mark.column, field: "",
        message: "YAML syntax error: \(detail) — check the indentation and quotes here")
    case .reader(let problem, _, _, _):
      return ContentProblem(
        file: file, line: 1, column: 1, field: "", message: "cannot be read: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return ContentProblem(
        file: file, line: context.mark.line, column: context.mark.column, field: "",
        message: "the field \(duplicates.map { "`\($0)`" }.joined(separator: ", ")) appears twice")
    default:
      return ContentProblem(file: file, line: 1, column: 1, field: "", message: "\(error)")
    }
  }
}

import Foundation

/// Reads the content files out of a folder. A file that cannot be content
/// (missing, not a plain file, too large, not UTF-8) is refused here, before
/// any YAML parser spends time on it.
enum ContentDirectory {
  /// The texts of the files that could be read, keyed by file name, and a
  /// problem, named by its path, for each one that could not.
  static func read(_ directory: String) -> (texts: [String: String], problems: [ContentProblem]) {
    let names = ContentLoader.fileNames.joined(separator: ", ")
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      return (
        [:], [fileProblem(directory, "is not a directory — give the folder that holds \(names)")]
      )
    }
    var texts: [String: String] = [:]
    var problems: [ContentProblem] = []
    for name in ContentLoader.fileNames {
      let path = (directory as NSString).appendingPathComponent(name)
      switch readFile(path) {
      case .success(let text): texts[name] = text
      case .failure(let problem): problems.append(problem)
      }
    }
    return (texts, problems)
  }

  private static func readFile(_ path: String) -> Result<String, ContentProblem> {
    let resolved = (path as NSString).resolvingSymlinksInPath
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: resolved) else {
      let names = ContentLoader.fileNames.joined(separator: ", ")
      return .failure(fileProblem(path, "is missing — a content directory holds \(names)"))
    }
    let type = attributes[.type] as? FileAttributeType
    // A link still a link once resolved points nowhere.
    if type == .typeSymbolicLink {
      return .failure(
        fileProblem(path, "is a link to a file that does not exist — copy the file itself here"))
    }
    guard type == .typeRegular else {
      return .failure(fileProblem(path, "is not a plain file — put the YAML file itself here"))
    }
    let limit = DisplayLimits.maximumFileBytes
    let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    if size > limit { return .failure(fileProblem(path, FileSize.tooLarge(size))) }
    // Read one byte past the limit, so a file that grew since it was
    // measured is still refused rather than read whole.
    guard let handle = FileHandle(forReadingAtPath: resolved),
      let data = try? handle.read(upToCount: limit + 1)
    else {
      return .failure(
        fileProblem(path, "cannot be read — check that the file's permissions let you read it"))
    }
    try? handle.close()
    if data.count > limit { return .failure(fileProblem(path, FileSize.tooLarge(data.count))) }
    switch UTF8Text.decode(data) {
    case .success(let text):
      return .success(text)
    case .failure(let invalid):
      return .failure(
        ContentProblem(
          file: path, line: invalid.line, column: invalid.column, field: "",
          message: UTF8Text.message(invalid)))
    }
  }

  private static func fileProblem(_ path: String, _ message: String) -> ContentProblem {
    ContentProblem(file: path, line: 0, column: 0, field: "", message: message)
  }
}

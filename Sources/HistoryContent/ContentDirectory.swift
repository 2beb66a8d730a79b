import Glibc

/// Reads the content files out of a folder. A file that cannot be content
/// (missing, not a plain file, too large, not UTF-8) is refused here, before
/// any YAML parser spends time on it.
enum ContentDirectory {
  /// The texts of the files that could be read, keyed by file name, and a
  /// problem, named by its path, for each one that could not.
  static func read(_ directory: String) -> (
    texts: [String: String], problems: [ContentProblem]
  ) {
    let names = ContentLoader.fileNames.joined(separator: ", ")
    let kind = FileKind.of(directory)
    // A folder inside one that cannot be entered cannot even be looked at.
    if kind == nil && errno == EACCES {
      return ([:], [fileProblem(directory, cannotBeRead("folder's"))])
    }
    guard let kind, kind == .directory else {
      return (
        [:], [fileProblem(directory, "is not a directory — give the folder that holds \(names)")]
      )
    }
    // A folder that cannot be entered hides its files: one problem, not
    // each file "missing".
    guard access(directory, X_OK) == 0 else {
      return ([:], [fileProblem(directory, cannotBeRead("folder's"))])
    }
    var texts: [String: String] = [:]
    var problems: [ContentProblem] = []
    for name in ContentLoader.fileNames {
      let path = FilePath.join(directory, name)
      switch readFile(path) {
      case .success(let text): texts[name] = text
      case .failure(let problem): problems.append(problem)
      }
    }
    return (texts, problems)
  }

  private static func readFile(_ path: String) -> Result<String, ContentProblem> {
    guard let kind = FileKind.of(path) else {
      if errno == EACCES { return .failure(fileProblem(path, cannotBeRead("file's"))) }
      if FileKind.isLink(path) {
        return .failure(
          fileProblem(path, "is a link to a file that does not exist — copy the file itself here"))
      }
      let names = ContentLoader.fileNames.joined(separator: ", ")
      return .failure(fileProblem(path, "is missing — a content directory holds \(names)"))
    }
    guard case .regular(let size) = kind else {
      return .failure(fileProblem(path, "is not a plain file — put the YAML file itself here"))
    }
    let limit = DisplayLimits.maximumFileBytes
    if size > limit { return .failure(fileProblem(path, FileSize.tooLarge(size))) }
    // Read one byte past the limit, so a file that grew since it was
    // measured is still refused rather than read whole.
    guard let bytes = readBytes(path, expected: size, upTo: limit + 1) else {
      return .failure(fileProblem(path, cannotBeRead("file's")))
    }
    if bytes.count > limit { return .failure(fileProblem(path, FileSize.tooLarge(bytes.count))) }
    if let invalid = UTF8Text.firstInvalid(bytes) {
      return .failure(
        ContentProblem(
          file: path, line: invalid.line, column: invalid.column, field: "",
          message: UTF8Text.message(invalid)))
    }
    return .success(String(decoding: bytes, as: UTF8.self))
  }

  /// At most `count` bytes of the file, or nil when it cannot be opened or
  /// read. Read into an array of the size the file was measured at, one
  /// byte more to see its end: an array grown chunk by chunk was copied
  /// and moved to fresh memory a dozen times for a 4 MB file.
  private static func readBytes(_ path: String, expected size: Int, upTo count: Int) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: min(size + 1, count))
    var filled = 0
    while filled < count {
      if filled == bytes.count {
        // The file grew since it was measured: room for as much again.
        bytes += repeatElement(0, count: min(bytes.count, count - filled))
      }
      let got = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
      }
      if got < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if got == 0 { break }
      filled += got
    }
    bytes.removeLast(bytes.count - filled)
    return bytes
  }

  private static func cannotBeRead(_ whose: String) -> String {
    "cannot be read — check that the \(whose) permissions let you read it"
  }

  private static func fileProblem(_ path: String, _ message: String) -> ContentProblem {
    ContentProblem(file: path, line: 0, column: 0, field: "", message: message)
  }
}

/// Turns the three YAML files into `Content`, or into every problem found.
///
/// `validate` finds everything, errors and warnings; `load` is the
/// all-or-nothing form the kiosk starts with. Both run the same checks, so
/// the kiosk, `iom-history validate` and the build (which checks the
/// built-in content, see `BuiltInContent`) say the same things.
public enum ContentLoader {
  /// The files a content directory must hold, in the order they are read.
  public static let fileNames = [
    TimelineFile.name, WorkFile.name, ExhibitionFile.name, SourceRecord.name,
  ]

  /// Loads `timeline.yaml`, `work.yaml`, `exhibition.yaml` and the source
  /// record `SOURCES.md` from `directory`.
  /// All or nothing: one broken file refuses the whole directory.
  public static func load(directory: String) throws(ContentErrors) -> Content {
    try validate(directory: directory).requireContent()
  }

  /// Loads content from file texts keyed by file name.
  public static func load(files: [String: String]) throws(ContentErrors) -> Content {
    try validate(files: files).requireContent()
  }

  /// Checks the content files in `directory`; problems are named by path.
  /// A file that cannot be read is reported, and the others are still
  /// checked, so that one run shows everything there is to fix.
  public static func validate(directory: String) -> ContentReport {
    let (texts, unreadable) = ContentDirectory.read(directory)
    let missing = Set(fileNames).subtracting(texts.keys)
    if texts.isEmpty && !unreadable.isEmpty {
      return ContentReport(content: nil, problems: unreadable)
    }
    let report = check(files: texts, alreadyReported: missing, photoFolder: directory)
    // Name the files by their path, as the curator knows them.
    let located = report.problems.map { problem in
      var problem = problem
      problem.file = FilePath.join(directory, problem.file)
      return problem
    }
    let photos = report.photos.map { place in
      var place = place
      place.file = FilePath.join(directory, place.file)
      return place
    }
    return ContentReport(
      content: report.content, problems: sorted(unreadable + located), photos: photos)
  }

  /// Checks content given as file texts keyed by file name. Such content
  /// has no folder for photos, so it may name none.
  public static func validate(files: [String: String]) -> ContentReport {
    check(files: files, alreadyReported: [], photoFolder: nil)
  }

  /// Reads every file there is; `alreadyReported` names files that could not
  /// be read, and that are therefore left out without a second message.
  /// Photos are looked for in `photoFolder`.
  private static func check(
    files: [String: String], alreadyReported: Set<String>, photoFolder: String?
  ) -> ContentReport {
    func read<Value>(_ name: String, _ readFile: (YAMLNode, NodeReader) -> Value)
      -> FileCheck<Value>
    {
      Self.read(name, files, alreadyReported, photoFolder, readFile)
    }
    let timelineFile = read(TimelineFile.name, TimelineFile.read)
    let workFile = read(WorkFile.name, WorkFile.read)
    let exhibitionFile = read(ExhibitionFile.name, ExhibitionFile.read)

    let readers = [timelineFile.reader, workFile.reader, exhibitionFile.reader]
    var problems = timelineFile.problems + workFile.problems + exhibitionFile.problems
    problems += readers.flatMap(\.problems)
    problems += ContentChecks.check(readers: readers)
    problems += SourceRecord.check(files[SourceRecord.name], readers: readers, alreadyReported)
    problems = sorted(problems)

    var content: Content?
    if !problems.contains(where: \.isError), let timeline = timelineFile.value,
      let areas = workFile.value, let (show, captions) = exhibitionFile.value, let show
    {
      content = Content(
        eras: timeline.eras, events: timeline.events, areas: areas, exhibition: show,
        captions: captions, overview: timeline.overview)
    }
    return ContentReport(
      content: content, problems: problems, photos: readers.flatMap(\.photos))
  }

  /// One file read: its reader, with the problems found in its values, the
  /// problems that kept it from being read at all, and what it holds.
  private struct FileCheck<Value> {
    var reader: NodeReader
    var problems: [ContentProblem] = []
    var value: Value?
  }

  /// The file `name` composed and read with `readFile`.
  private static func read<Value>(
    _ name: String, _ files: [String: String], _ alreadyReported: Set<String>,
    _ photoFolder: String?, _ readFile: (YAMLNode, NodeReader) -> Value
  ) -> FileCheck<Value> {
    var check = FileCheck<Value>(reader: NodeReader(file: name, photoFolder: photoFolder))
    guard let text = files[name] else {
      if !alreadyReported.contains(name) {
        check.problems.append(missingFile(name))
      }
      return check
    }
    if text.utf8.count > DisplayLimits.maximumFileBytes {
      check.problems.append(tooLarge(name, bytes: text.utf8.count))
      return check
    }
    do throws(YAMLError) {
      guard let root = try YAMLComposer.compose(text) else {
        check.reader.problem(
          at: nil, .root, "is empty — see Resources/CONTENT.md for what it holds")
        return check
      }
      check.value = readFile(root, check.reader)
    } catch {
      check.problems.append(YAMLSyntax.problem(error, file: name, text: text))
    }
    return check
  }

  static func missingFile(_ name: String) -> ContentProblem {
    ContentProblem(
      file: name, line: 0, column: 0, field: "",
      message: "is missing — a content directory holds \(fileNames.joined(separator: ", "))")
  }

  /// Text handed over directly (the built-in content, tests) meets the same
  /// limit as a file in a directory.
  private static func tooLarge(_ name: String, bytes: Int) -> ContentProblem {
    ContentProblem(
      file: name, line: 0, column: 0, field: "", message: FileSize.tooLarge(bytes))
  }

  /// In the order the files are read, then from the top of each file down;
  /// problems at the same place keep the order they were found in.
  static func sorted(_ problems: [ContentProblem]) -> [ContentProblem] {
    // Each file's rank is found once per problem, not at every comparison,
    // and once for a run of problems in the same file.
    var last: (file: String, rank: Int)?
    let keys = problems.enumerated().map { offset, problem in
      let rank: Int
      if let last, last.file == problem.file {
        rank = last.rank
      } else {
        rank = fileRank(problem.file)
      }
      last = (problem.file, rank)
      return (rank, problem.line, problem.column, offset)
    }
    return keys.sorted { $0 < $1 }.map { problems[$0.3] }
  }

  private static func fileRank(_ path: String) -> Int {
    fileNames.firstIndex(of: FilePath.lastComponent(path)) ?? -1
  }
}

/// What checking content found: the content when it can be used, and every
/// problem, errors and warnings alike, ordered by file, line and column so
/// that a curator can fix them from the top down.
public struct ContentReport: Sendable {
  /// The content; nil when there is at least one error.
  public var content: Content?
  public var problems: [ContentProblem]
  /// Every photo the content names and the loader accepted, with where it
  /// is named: `validate` decodes them, which the loader does not.
  public var photos: [PhotoPlace]

  public init(content: Content?, problems: [ContentProblem], photos: [PhotoPlace] = []) {
    self.content = content
    self.problems = problems
    self.photos = photos
  }

  /// The report with `more` problems among its own, in their places; the
  /// content goes when one of them is an error. For the checks outside the
  /// loader (`validate` decoding the photos).
  public func adding(_ more: [ContentProblem]) -> ContentReport {
    let problems = ContentLoader.sorted(self.problems + more)
    let content = more.contains(where: \.isError) ? nil : self.content
    return ContentReport(content: content, problems: problems, photos: photos)
  }

  /// The problems that refuse the content.
  public var errors: [ContentProblem] { problems.filter(\.isError) }

  /// The problems that let the content load but are probably unintended.
  public var warnings: [ContentProblem] { problems.filter { !$0.isError } }

  /// The content, or every error: the all-or-nothing form the kiosk uses.
  public func requireContent() throws(ContentErrors) -> Content {
    let errors = self.errors
    if let content, errors.isEmpty { return content }
    throw ContentErrors(errors.isEmpty ? [Self.incomplete] : errors)
  }

  /// Cannot happen with the readers as they are (a part is only left out
  /// together with an error), but a loader must never hand out half content.
  private static let incomplete = ContentProblem(
    file: "the content", line: 0, column: 0, field: "",
    message: "is incomplete — check that every file has all its parts")
}

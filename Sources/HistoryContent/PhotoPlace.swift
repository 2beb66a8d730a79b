/// Where the content names a photo, so that `iom-history validate` can read
/// the photo itself and name the `image` field for a photo it cannot decode
/// (the loader only looks at the file: decoding is not its job, and would
/// slow the kiosk's start).
public struct PhotoPlace: Hashable, Sendable {
  public var photo: Photo
  /// The content file that names it, and the place of its `image` field.
  public var file: String
  public var line: Int
  public var column: Int
  /// `captions[3].image`.
  public var field: String

  public init(photo: Photo, file: String, line: Int, column: Int, field: String) {
    self.photo = photo
    self.file = file
    self.line = line
    self.column = column
    self.field = field
  }

  /// An error about the photo, at its `image` field.
  public func problem(_ message: String) -> ContentProblem {
    ContentProblem(file: file, line: line, column: column, field: field, message: message)
  }
}

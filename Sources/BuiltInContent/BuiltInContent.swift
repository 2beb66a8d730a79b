import HistoryContent

/// The content compiled into the binary from `Resources/*.yaml`.
///
/// The build plugin checks the files with the same loader the kiosk uses
/// (content with an error fails the build) and writes the result as Swift
/// values, so the kiosk starts without parsing any YAML. The texts ride
/// along for `iom-history validate` and the tests.
public enum BuiltInContent {
  public static var content: Content { EmbeddedContent.content }

  /// The YAML texts, keyed by file name.
  public static var files: [String: String] { EmbeddedContent.files }

  /// Checks the texts again, as `iom-history validate` does for a folder.
  public static func validate() -> ContentReport {
    ContentLoader.validate(files: files)
  }
}

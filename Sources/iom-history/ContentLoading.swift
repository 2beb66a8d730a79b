import BuiltInContent
import HistoryContent
import KioskCommandLine

extension ContentOptions {
  /// The content, or a clear message and exit status 65 (EX_DATAERR) before
  /// the terminal is touched. The built-in content was checked when the
  /// binary was built.
  func load() throws(ExitStatus) -> Content {
    guard let directory else { return BuiltInContent.content }
    do {
      return try ContentLoader.load(directory: directory)
    } catch {
      Output.standardError("iom-history: the content cannot be used:\n\(error)\n")
      throw ExitStatus(code: 65)
    }
  }
}

import Foundation
import HistoryContent

enum ContentFixtures {
  /// The repository's Resources/ folder, found from this file's place.
  static let resourcesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Resources").path

  /// The shipped content files' texts, keyed by file name.
  static let builtInFiles: [String: String] = Dictionary(
    uniqueKeysWithValues: ContentLoader.fileNames.map { name in
      let path = (resourcesDirectory as NSString).appendingPathComponent(name)
      return (name, (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
    })
}

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

  /// One timeline event as a curator writes it under `events:`: seven
  /// lines and a blank one. Texts are given in English and German.
  static func event(
    id: String, date: String, era: String,
    label: (en: String, de: String) = ("L", "L"),
    title: (en: String, de: String) = ("T", "T"),
    story: (en: String, de: String) = ("S", "S"),
    source: (tag: String, id: String) = ("C", "iom-constitution")
  ) -> String {
    """
      - id: \(id)
        date: "\(date)"
        era: \(era)
        label: {en: "\(label.en)", de: "\(label.de)"}
        title: {en: "\(title.en)", de: "\(title.de)"}
        story: {en: "\(story.en)", de: "\(story.de)"}
        sources: [{tag: \(source.tag), id: \(source.id), text: {en: "s", de: "s"}}]

    """
  }
}

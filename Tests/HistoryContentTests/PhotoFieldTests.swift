import Foundation
import HistoryContent
import Testing

/// The `image` and `alt` fields of an event or a caption: what the loader
/// makes of a good photo, and that content without a folder can name none.
/// The broken photos are cases of the corpus (`Tests/ContentCorpus/photo-*`).
@Suite struct PhotoFieldTests {
  /// A copy of the shipped content in a fresh folder, with `lines` inserted
  /// under the caption `virtual-counselling-call`'s id, and a photo file
  /// of a few bytes at `photos/call.png`.
  private func folder(inserting lines: [String]) throws -> String {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("iom-photo-\(UUID())").path
    try FileManager.default.createDirectory(
      atPath: directory + "/photos", withIntermediateDirectories: true)
    for name in ContentLoader.fileNames {
      var text = ContentFixtures.builtInFiles[name] ?? ""
      if name == "exhibition.yaml" {
        let anchor = "  - id: virtual-counselling-call\n"
        #expect(text.contains(anchor), "the shipped exhibition.yaml no longer holds \(anchor)")
        text = text.replacingOccurrences(
          of: anchor, with: anchor + lines.map { "    " + $0 + "\n" }.joined())
      }
      try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
    }
    // The loader does not decode: any bytes do.
    try Data([0x89, 0x50, 0x4E, 0x47]).write(
      to: URL(fileURLWithPath: directory + "/photos/call.png"))
    return directory
  }

  private func caption(_ content: Content) -> Caption? {
    content.captions.first { $0.id == "virtual-counselling-call" }
  }

  @Test func aPhotoWithAltTextIsRead() throws {
    let directory = try folder(inserting: [
      "image: photos/call.png", "alt: {en: \"A phone call\", de: \"Ein Telefongespräch\"}",
    ])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let report = ContentLoader.validate(directory: directory)
    #expect(report.errors.isEmpty, "\(report.errors)")
    let expected = Photo(
      file: "photos/call.png", path: directory + "/photos/call.png",
      alt: LocalizedText([.english: "A phone call", .german: "Ein Telefongespräch"]))
    #expect(report.content.flatMap(caption)?.photo == expected)
    // Named for `validate` at its `image` field: the line under the id.
    let text = try String(contentsOfFile: directory + "/exhibition.yaml", encoding: .utf8)
    let line = text.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.contains("image: photos/call.png") }.map { $0 + 1 }
    #expect(
      report.photos == [
        PhotoPlace(
          photo: expected, file: directory + "/exhibition.yaml", line: line ?? -1, column: 12,
          field: "captions[1].image")
      ])
    // Every other item has none.
    let others = (report.content?.captions ?? []).filter { $0.id != "virtual-counselling-call" }
    #expect(others.allSatisfy { $0.photo == nil })
    #expect(report.content?.events.allSatisfy { $0.photo == nil } == true)
  }

  @Test func aPhotoWithoutAltTextIsRead() throws {
    let directory = try folder(inserting: ["image: photos/call.png"])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let content = try ContentLoader.load(directory: directory)
    #expect(
      caption(content)?.photo
        == Photo(file: "photos/call.png", path: directory + "/photos/call.png", alt: nil))
  }

  @Test func anAltTextMissingALanguageIsRefusedLikeAnyText() throws {
    let directory = try folder(inserting: ["image: photos/call.png", "alt: {en: \"A phone call\"}"])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let errors = ContentLoader.validate(directory: directory).errors
    #expect(errors.count == 1)
    #expect(errors.first?.field == "captions[1].alt")
    #expect(errors.first?.message.contains("de") == true)
  }

  @Test func anAltTextWithAnEscapeIsRefused() throws {
    let directory = try folder(inserting: [
      "image: photos/call.png", "alt: {en: \"A \\e[31mcall\", de: \"Ein Anruf\"}",
    ])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let errors = ContentLoader.validate(directory: directory).errors
    #expect(errors.map(\.field) == ["captions[1].alt.en"])
  }

  @Test func aFolderNamedLikeAPhotoIsRefused() throws {
    let directory = try folder(inserting: ["image: photos/album.png"])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try FileManager.default.createDirectory(
      atPath: directory + "/photos/album.png", withIntermediateDirectories: true)
    let errors = ContentLoader.validate(directory: directory).errors
    #expect(errors.map(\.field) == ["captions[1].image"])
    #expect(
      errors.map(\.message) == [
        "`photos/album.png` is not a plain file — name the photo file itself"
      ])
  }

  @Test func contentWithoutAFolderCanNameNoPhoto() {
    var files = ContentFixtures.builtInFiles
    let anchor = "  - id: virtual-counselling-call\n"
    files["exhibition.yaml"] = files["exhibition.yaml"]?.replacingOccurrences(
      of: anchor, with: anchor + "    image: photos/call.png\n")
    let report = ContentLoader.validate(files: files)
    #expect(report.content == nil)
    #expect(report.errors.map(\.field) == ["captions[1].image"])
    #expect(report.errors.first?.message.contains("ships no photos") == true)
    #expect(report.photos.isEmpty)
  }
}

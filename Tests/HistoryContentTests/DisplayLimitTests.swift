import Foundation
import HistoryContent
import Testing

/// Values the kiosk cannot show sensibly are refused by name: a web
/// address too long to copy from the screen, a word wider than the
/// narrowest column. A megabyte of either is refused in linear time.
@Suite(.timeLimit(.minutes(1))) struct DisplayLimitTests {
  static let gallery =
    "https://germany.iom.int/70-years-partnership-between-iom-and-germany-photo-gallery"

  func errors(in name: String, replacing old: String, with new: String) -> [ContentProblem] {
    var files = ContentFixtures.builtInFiles
    let text = files[name] ?? ""
    #expect(text.contains(old), "the shipped \(name) no longer holds \(old)")
    files[name] = text.replacingOccurrences(of: old, with: new)
    return ContentLoader.validate(files: files).errors
  }

  @Test func aGalleryAddressTooLongToCopyIsRefused() {
    let long = Self.gallery + "/" + String(repeating: "a", count: 1 << 20)
    let errors = errors(
      in: "exhibition.yaml", replacing: "gallery: \"\(Self.gallery)\"", with: "gallery: \"\(long)\""
    )
    #expect(errors.map(\.field) == ["exhibition.gallery"])
    #expect(
      errors.first?.message.contains("has \(long.count) characters, more than the 200") == true)
    // The value is quoted cut short, not in full.
    #expect((errors.first?.message.count ?? .max) < 300)
  }

  @Test func aGalleryAddressAtTheLimitIsAccepted() {
    let padding = String(repeating: "a", count: 200 - Self.gallery.count - 1)
    let address = Self.gallery + "/" + padding
    #expect(address.count == 200)
    let errors = errors(
      in: "exhibition.yaml", replacing: "gallery: \"\(Self.gallery)\"",
      with: "gallery: \"\(address)\"")
    #expect(errors.isEmpty)
  }

  @Test func aLongWebAddressInATextIsRefused() {
    let long = Self.gallery + "/" + String(repeating: "b", count: 300)
    // In the exhibition's own source, the one text of the file that says it.
    let errors = errors(
      in: "exhibition.yaml", replacing: "news and pages on 70 years of partnership",
      with: "news and pages on \(long)")
    #expect(errors.count == 1)
    #expect(errors.first?.field.hasSuffix(".text.en") == true)
    #expect(errors.first?.message.hasPrefix("the web address `https://germany.iom.int/") == true)
  }

  @Test func aMegabyteWordInAStoryIsRefusedByName() {
    let word = String(repeating: "Wort", count: 1 << 18)
    let errors = errors(
      in: "exhibition.yaml", replacing: "news and pages on 70 years of partnership",
      with: "news and pages on \(word)")
    #expect(errors.count == 1)
    #expect(errors.first?.field.hasSuffix(".text.en") == true)
    #expect(errors.first?.message.contains("is \(word.count) columns wide") == true)
  }
}

import HistoryContent
import PhotoDecoding

/// What `validate` adds to the loader's checks: it decodes every photo the
/// content names (the kiosk itself does so only when a photo is shown).
struct PhotoCheck {
  /// The photos that decoded, with their size in pixels.
  var readable: [(place: PhotoPlace, width: Int, height: Int)] = []
  /// A problem at the `image` field of each photo that did not.
  var problems: [ContentProblem] = []

  init(_ places: [PhotoPlace]) {
    for place in places {
      do throws(PhotoError) {
        let size = try PhotoDecoder.size(ofFileAt: place.photo.path)
        _ = try PhotoDecoder.decode(fileAt: place.photo.path)
        readable.append((place, size.width, size.height))
      } catch {
        problems.append(place.problem("\(place.photo.file): \(error.description)"))
      }
    }
  }

  /// "photo photos/call.png: 60x40 pixels (exhibition.yaml:72, captions[1].image)".
  var lines: [String] {
    readable.map { photo in
      let place = "\(photo.place.file):\(photo.place.line), \(photo.place.field)"
      return Visible.text(
        "photo \(photo.place.photo.file): \(photo.width)x\(photo.height) pixels (\(place))")
    }
  }

  /// "1 photo, all readable", or nothing where the content names none.
  var summary: String? {
    let count = readable.count + problems.count
    guard count > 0 else { return nil }
    let photos = "\(count) photo\(count == 1 ? "" : "s")"
    if problems.isEmpty { return count == 1 ? "\(photos), readable" : "\(photos), all readable" }
    return "\(photos), \(problems.count) not readable"
  }
}

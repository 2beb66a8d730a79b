import Glibc

/// The optional photo of an event or a caption: `image` and `alt`.
extension NodeReader {
  /// The photo `map` names in its `image` field, described by `alt`; nil
  /// when there is none or it is refused. Only what is cheap is checked
  /// here: the name, and that the file is there, plain and not too large.
  func photo(_ map: YAMLMapping, _ path: FieldPath) -> Photo? {
    let alt = map["alt"].flatMap { text($0, path.appending("alt")) }
    guard let node = map["image"] else {
      if let altNode = map["alt"] {
        problem(
          at: altNode, path.appending("alt"),
          "describes a photo, but there is no `image` — add `image: photos/name.jpg` beside it, or remove `alt`"
        )
      }
      return nil
    }
    let field = path.appending("image")
    guard let file = string(node, field), let photoPath = photoPath(file, node, field) else {
      return nil
    }
    let photo = Photo(file: file, path: photoPath, alt: alt)
    let mark = node.mark
    photos.append(
      PhotoPlace(
        photo: photo, file: self.file, line: mark.line, column: mark.column,
        field: field.description))
    return photo
  }

  /// Where the photo `file` is, once it is known to be a plain file of
  /// the right kind inside the content folder.
  private func photoPath(_ file: String, _ node: YAMLNode, _ field: FieldPath) -> String? {
    let shown = Quoted.value(file, columns: 60)
    if file.hasPrefix("/") {
      problem(
        at: node, field,
        "\(shown) is an absolute path — write it relative to the content folder, e.g. photos/flight-1957.jpg"
      )
      return nil
    }
    if file.split(separator: "/").contains("..") {
      problem(
        at: node, field,
        "\(shown) leads out of the content folder (`..`) — put the photo inside the folder and name it from there"
      )
      return nil
    }
    let lowercased = file.lowercased()
    guard [".png", ".jpg", ".jpeg"].contains(where: { lowercased.hasSuffix($0) }) else {
      problem(
        at: node, field,
        "\(shown) is not named as a PNG or JPEG file — the kiosk shows .png, .jpg and .jpeg photos")
      return nil
    }
    guard let folder = photoFolder else {
      problem(
        at: node, field,
        "the built-in content ships no photos (they are © IOM) — name photos only in a content folder given with --content"
      )
      return nil
    }
    let path = FilePath.join(folder, file)
    switch FileKind.of(path) {
    case nil:
      problem(
        at: node, field,
        "\(shown) is not in the content folder — copy the photo there, or correct the path")
      return nil
    case .directory, .other:
      problem(at: node, field, "\(shown) is not a plain file — name the photo file itself")
      return nil
    case .regular(let size):
      guard size <= DisplayLimits.maximumPhotoBytes else {
        problem(at: node, field, "\(shown) \(FileSize.tooLargePhoto(size))")
        return nil
      }
      return path
    }
  }
}

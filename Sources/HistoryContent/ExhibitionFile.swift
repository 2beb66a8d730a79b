/// Reads `exhibition.yaml`: the photo exhibition and its captions.
enum ExhibitionFile {
  static let name = "exhibition.yaml"

  static func read(_ root: YAMLNode, _ reader: NodeReader) -> (Exhibition?, [Caption]) {
    guard let map = reader.mapping(root, .root, allowed: ["exhibition", "captions"]) else {
      return (nil, [])
    }
    let exhibition = reader.required(map, "exhibition", .root, in: root).flatMap {
      readExhibition($0, FieldPath.root.appending("exhibition"), reader)
    }
    let path = FieldPath.root.appending("captions")
    let captions =
      reader.required(map, "captions", .root, in: root).map { list in
        reader.sequence(list, path).enumerated().compactMap {
          readCaption($1, path.entry($0), reader)
        }
      } ?? []
    return (exhibition, captions)
  }

  private static func readExhibition(_ node: YAMLNode, _ path: FieldPath, _ reader: NodeReader)
    -> Exhibition?
  {
    let fields = ["title", "place", "year", "intro", "gallery", "sources"]
    guard let map = reader.mapping(node, path, allowed: fields) else { return nil }
    func field(_ key: String) -> YAMLNode? { reader.required(map, key, path, in: node) }
    let title = field("title").flatMap { reader.text($0, path.appending("title")) }
    let place = field("place").flatMap { reader.text($0, path.appending("place")) }
    let year = field("year").flatMap {
      reader.int($0, path.appending("year"), range: NodeReader.years)
    }
    let intro = field("intro").flatMap { reader.text($0, path.appending("intro")) }
    // A web address, exempt from the word-length rule: it is not broken
    // for reading but shown whole to be copied.
    let gallery = field("gallery").flatMap { reader.webAddress($0, path.appending("gallery")) }
    let sources = field("sources").map { reader.sources($0, path.appending("sources")) } ?? []
    guard let title, let place, let year, let intro, let gallery else { return nil }
    return Exhibition(
      title: title, place: place, year: year, intro: intro, gallery: gallery, sources: sources)
  }

  private static func readCaption(_ node: YAMLNode, _ path: FieldPath, _ reader: NodeReader)
    -> Caption?
  {
    let fields = [
      "id", "label", "title", "year", "place", "caption", "credit", "sources", "image", "alt",
    ]
    guard let map = reader.mapping(node, path, allowed: fields) else { return nil }
    func field(_ key: String) -> YAMLNode? { reader.required(map, key, path, in: node) }
    let id = field("id").flatMap { reader.id($0, path.appending("id")) }
    let label = field("label").flatMap {
      reader.label($0, path.appending("label"), columns: DisplayLimits.datedListLabelColumns)
    }
    let title = field("title").flatMap { reader.text($0, path.appending("title")) }
    let year = map["year"].flatMap {
      reader.int($0, path.appending("year"), range: NodeReader.years)
    }
    let place = map["place"].flatMap { reader.text($0, path.appending("place")) }
    let caption = field("caption").flatMap { reader.text($0, path.appending("caption")) }
    let credit = map["credit"].flatMap { reader.displayedString($0, path.appending("credit")) }
    if map["credit"] == nil {
      reader.warning(
        at: node, path.appending("credit"),
        "no credit line: allowed — the kiosk names the online gallery instead; add the exact credit line if it is known"
      )
    }
    let sources = field("sources").map { reader.sources($0, path.appending("sources")) } ?? []
    let photo = reader.photo(map, path)
    guard let id, let label, let title, let caption else { return nil }
    return Caption(
      id: id, label: label, title: title, year: year, place: place, caption: caption,
      credit: credit, sources: sources, photo: photo)
  }
}

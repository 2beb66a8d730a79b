import TextLayout

/// Texts in every language, list labels, and sources.
extension NodeReader {
  /// A text per language: `{en: "...", de: "..."}`.
  func text(_ node: YAMLNode, _ field: FieldPath) -> LocalizedText? {
    guard let mapping = node.mapping, !mapping.isEmpty else {
      problem(
        at: node, field,
        "expected the text per language, found \(Self.found(node)) — write it as `{en: \"…\", de: \"…\"}`"
      )
      return nil
    }
    var translations: [LocalizedText.Translation] = []
    translations.reserveCapacity(mapping.pairs.count)
    var written = LanguageCodes()
    for index in mapping.pairs.indices {
      guard let code = mapping.name(at: index), Self.isLanguageCode(code) else {
        let key = mapping.key(at: index)
        problem(
          at: key, field,
          "\(Self.found(key)) is not a language code — use a two-letter code such as `en` or `de`")
        continue
      }
      // The language counts as written even when its text is broken, so a
      // broken text is reported once, not again as a missing translation.
      written.insert(code)
      // Each code once: the YAML composer refuses a key written twice.
      if let text = displayedString(mapping.value(at: index), field.appending(code)) {
        translations.append(.init(language: Language(code), text: Reflow.joiningLines(text)))
      }
    }
    let count = written.count
    if count > 0 {
      texts.append(Text(field: field, node: node, languages: count))
      languages.formUnion(written)
    }
    guard !translations.isEmpty, translations.count == count else { return nil }
    return LocalizedText(distinct: translations)
  }

  /// A list entry's text: as `text`, with a warning for every translation
  /// wider than `columns`, the room the list at 80x24 gives it (see
  /// `DisplayLimits`): a longer one is cut.
  func label(_ node: YAMLNode, _ field: FieldPath, columns limit: Int) -> LocalizedText? {
    guard let label = text(node, field), let mapping = node.mapping else { return nil }
    for index in mapping.pairs.indices {
      guard let code = mapping.name(at: index), let text = label[Language(code)],
        text.utf8.count > limit  // no text is wider than its bytes
      else { continue }
      let width = DisplayWidth.of(text)
      if width > limit {
        warning(
          at: mapping.value(at: index), field.appending(code),
          "\(Quoted.value(text, columns: 60)) is \(width) columns wide and will be cut with … in the list — shorten it to \(limit) columns"
        )
      }
    }
    return label
  }

  /// `- {tag: I, id: entry-in-sources-md, text: {en: "…", de: "…"}}`.
  func sources(_ node: YAMLNode, _ field: FieldPath) -> [Source] {
    let items = sequence(node, field)
    if items.isEmpty && node.sequence != nil {
      problem(
        at: node, field,
        "needs at least one source — add one as `- {tag: I, id: entry-in-sources-md, text: {en: \"…\", de: \"…\"}}`"
      )
    }
    return items.enumerated().compactMap { index, item in
      let path = field.entry(index)
      guard let map = mapping(item, path, allowed: ["tag", "id", "text"]) else { return nil }
      let tag = required(map, "tag", path, in: item).flatMap { self.tag($0, path.appending("tag")) }
      let id = required(map, "id", path, in: item).flatMap {
        sourceID($0, path.appending("id"))
      }
      let text = required(map, "text", path, in: item).flatMap {
        self.text($0, path.appending("text"))
      }
      guard let tag, let id, let text else { return nil }
      return Source(tag: tag, id: id, text: text)
    }
  }

  /// Two lowercase ASCII letters (see `LanguageCodes`).
  static func isLanguageCode(_ code: String) -> Bool { LanguageCodes.isCode(code) }
}

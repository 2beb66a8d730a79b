import HistoryContent
import KioskCore
import TextLayout

/// The plain mode's output: for screen readers and braille displays (Speakup
/// and BRLTTY read the console line by line), no frames and no layout, just
/// what changed, as lines, the focused item first.
public enum Announcer {
  /// The lines that say what changed from `old` to `new` (everything, when
  /// there is no `old`).
  public static func lines(_ kiosk: Kiosk, from old: AppState?, to new: AppState) -> [String] {
    let language = new.textLanguage
    if !new.isRunning { return [] }
    let sameLanguage = old?.language == new.language
    switch new.overlay {
    case .quitQuestion:
      if case .quitQuestion = old?.overlay { return [] }
      let question: UIString = kiosk.settings.isLockedDown ? .operatorQuestion : .quitQuestion
      return [question.text(language)]
    case .help:
      guard old?.overlay != .help || !sameLanguage else { return [] }
      return help(kiosk, new)
    case .search(let search):
      return self.search(kiosk, search, old?.search, new)
    case .qrCode(let address):
      guard old?.overlay != new.overlay || !sameLanguage else { return [] }
      return ["\(UIString.scanWithPhone.text(language)): \(address)"]
    case nil:
      break
    }
    // Back from a question or the help, everything is said again.
    let fromOverlay = old?.overlay != nil
    switch new.screen {
    case .tooSmall:
      return []
    case .attract(let attract):
      guard old?.attract?.slide != attract.slide || !sameLanguage else { return [] }
      return attractSlide(kiosk, attract, language)
    case .read(let reading):
      guard
        old?.reading?.index != reading.index || old?.reading?.section != reading.section
          || !sameLanguage || fromOverlay
      else { return [] }
      // The whole text at once, a paragraph a line: the reader scrolls it.
      return wholeText(kiosk, ItemRef(section: reading.section, index: reading.index), language)
    case .browse, .tour:
      let section = new.section
      let selected = new.selected(in: section)
      let moved =
        old == nil || old?.section != section || old?.selected(in: section) != selected
        || !sameLanguage || old?.reading != nil || fromOverlay || old?.attract != nil
        || old?.tour != new.tour
      guard moved else { return [] }
      var lines: [String] = []
      if let tour = new.tour, old?.tour?.stop != tour.stop || old == nil {
        lines.append(
          Sanitizer.clean(TourView.narration(kiosk, kiosk.tourStops[tour.stop], language)))
      }
      if old == nil || old?.section != section || old?.attract != nil {
        lines.append(kiosk.sections[section].name(language))
      }
      lines.append(item(kiosk, ItemRef(section: section, index: selected), language))
      if old == nil || old?.attract != nil { lines.append(keys(kiosk, new)) }
      return lines
    }
  }

  /// An item's whole text, a paragraph a line, after what its photo shows
  /// (the photo stands above the text on the screen too).
  static func wholeText(_ kiosk: Kiosk, _ item: ItemRef, _ language: Language) -> [String] {
    let photo = kiosk.photo(item).map { PlainText.photo($0, language) }
    return (photo.map { [$0] } ?? []) + kiosk.document(item, language, width: 100_000).map(\.text)
  }

  /// "Event 2 of 21: 5 December 1951. PICMME is founded – and Germany is there from the start"
  static func item(_ kiosk: Kiosk, _ item: ItemRef, _ language: Language) -> String {
    let counter = kiosk.counter(item, language)
    guard kiosk.contains(item) else { return counter }
    let summary = kiosk.sections[item.section].summary(item.index, kiosk.content, language)
    return Sanitizer.clean("\(counter): \(summary)")
  }

  /// The search, a line at a time: how many results the typed words find,
  /// then each result reached, then the whole text of the one opened.
  static func search(
    _ kiosk: Kiosk, _ search: SearchSession, _ old: SearchSession?, _ state: AppState
  ) -> [String] {
    let language = state.textLanguage
    let results = kiosk.results(search)
    if let opened = search.opened {
      guard old?.opened?.index != opened.index || old?.opened?.section != opened.section else {
        return []
      }
      return wholeText(kiosk, ItemRef(section: opened.section, index: opened.index), language)
    }
    if search.isOnLine {
      guard let old else { return [UIString.searchPrompt.text(language), keys(kiosk, state)] }
      guard old.text != search.text || !old.isOnLine, !search.query.isEmpty else { return [] }
      if results.isEmpty {
        return [
          Sanitizer.clean(UIString.searchNothing.text(language, search.text)),
          UIString.searchTry.text(language),
        ]
      }
      return [UIString.searchCount.text(language, results.count)]
    }
    guard old?.cursor != search.cursor || old?.isOnLine != false || old?.opened != nil,
      results.indices.contains(search.cursor)
    else { return [] }
    let counter = "\(search.cursor + 1)/\(results.count)"
    return ["\(counter) \(item(kiosk, results[search.cursor].item, language))"]
  }

  /// The keys that work now, as one line: "Keys: ↑↓ Select, Enter Open, …".
  static func keys(_ kiosk: Kiosk, _ state: AppState) -> String {
    let hints = kiosk.keymap.footer(for: state.mode, lockedDown: kiosk.settings.isLockedDown)
      .compactMap { binding in
        ChromeLayout.hintText(binding, kiosk, state).map {
          "\(binding.label(state.textLanguage)) \($0)"
        }
      }
    return "\(UIString.helpTitle.text(state.textLanguage)): " + hints.joined(separator: ", ")
  }

  static func help(_ kiosk: Kiosk, _ state: AppState) -> [String] {
    let language = state.textLanguage
    var lines = [UIString.helpTitle.text(language)]
    let groups = HelpView.groups(kiosk, language)
    for (title, entries) in [
      (UIString.helpInLists, groups.lists), (.helpWhileReading, groups.reading),
      (.helpEverywhere, groups.everywhere),
    ] {
      lines.append(title.text(language))
      lines += entries.map { "\($0.label): \($0.text)" }
    }
    lines.append(HelpView.sourceLegend(language))
    lines.append(UIString.helpClose.text(language))
    return lines
  }

  static func attractSlide(_ kiosk: Kiosk, _ attract: Attract, _ language: Language) -> [String] {
    guard kiosk.attractSlides.indices.contains(attract.slide) else { return [] }
    let slide = kiosk.attractSlides[attract.slide]
    return [item(kiosk, slide, language), UIString.attractInvitation.text(language)]
  }
}
